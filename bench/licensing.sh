#!/usr/bin/env bash
# Clearances for 2,000 agents × 10 states on PostgreSQL (targets: a full recomputation ≤ 2 s, the "cleared in a
# state" list ≤ 50 ms).
#  1. starts target/floorready.jar with demo data on schema floorready_bench_licensing of database "test" (port 8285),
#  2. inserts with SQL 2,000 hired agents (candidates, applications, new hires in the demo's graduated class), each
#     with an NPN and a license in 10 states (TX resident), an appointment with the demo carrier in most of them and
#     the demo certifications; some licenses lapsed, some appointments missing, so the outcomes differ,
#  3. recomputes every clearance through POST /api/v1/licensing/recomputation (the server times it): the first run
#     writes 20,000 clearances, the second finds nothing changed, the third follows a change of every license's
#     expiry (20,000 rows rewritten); prints each,
#  4. asks GET /api/v1/clearances?state=FL as the dialer's token 200 times after 20 of warm-up; prints p50/p95/p99.
# Usage: bench/licensing.sh   (needs PostgreSQL on 127.0.0.1:5432, user postgres; target/floorready.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
port=8285
schema=floorready_bench_licensing
. bench/pg-server.sh
start_on_postgres "$schema" "$port"
base="http://127.0.0.1:$port/api/v1"
admin="admin@floorready.example.com:floorready-demo"
json='Content-Type: application/json'
psql -q -d test <<SQL
set search_path to $schema;
insert into candidate (id, full_name, primary_email, source, created_at, updated_at, version)
select 3000000 + g, 'Bench Agent ' || g, 'bench.agent' || g || '@example.com', 'UPLOAD', now(), now(), 1
from generate_series(1, 2000) g;
insert into application (id, candidate_id, requisition_id, stage, source, applied_at, stage_entered_at, knocked_out,
  unmet_must_haves, version)
select 3000000 + g, 3000000 + g, (select min(r.id) from requisition r join requisition_license l on l.requisition_id = r.id),
  'HIRED', 'UPLOAD', now() - interval '200 days', now() - interval '150 days', false, 0, 1
from generate_series(1, 2000) g;
insert into new_hire (id, application_id, candidate_id, requisition_id, team_id, class_id, full_name, email, status,
  status_on, hired_at, opening_reopened, version)
select 3000000 + g, 3000000 + g, 3000000 + g, a.requisition_id, r.team_id,
  (select id from training_class where name like '%graduated%'), 'Bench Agent ' || g, 'bench.agent' || g || '@example.com',
  'GRADUATED', current_date - 100, now() - interval '150 days', false, 0
from generate_series(1, 2000) g join application a on a.id = 3000000 + g join requisition r on r.id = a.requisition_id;
insert into licensee (id, new_hire_id, npn, resident_state, agent_id, version)
select 3000000 + g, 3000000 + g, (60000000 + g)::text, 'TX', 'BENCH-' || g, 0 from generate_series(1, 2000) g;
insert into state_license (id, licensee_id, state, required_lines, started_on, prelicensing_done_on, fingerprints_on,
  application_submitted_on, license_number, license_lines, license_issued_on, license_expires_on, license_verified, version)
select 3000000 + g * 10 + s.i, 3000000 + g, s.st, 'CASUALTY,PROPERTY', current_date - 150, current_date - 140,
  current_date - 135, current_date - 130, s.st || '-' || g, 'CASUALTY,PROPERTY', current_date - 120,
  case when (g + s.i) % 97 = 0 then current_date - 1 else current_date + 600 end, true, 0
from generate_series(1, 2000) g,
  (select * from unnest(array['TX','OK','LA','FL','NC','SC','GA','OH','NY','CA']) with ordinality as t(st, i)) s;
insert into carrier_appointment (state_license_id, position, carrier, appointed_on)
select l.id, 0, 'Harbor Mutual', current_date - 110 from state_license l where l.id >= 3000000 and l.id % 13 <> 0;
insert into earned_certification (licensee_id, certification_id, earned_on, expires_on, recorded_by)
select w.id, c.id, current_date - 30, case when c.validity_months is null then null else current_date + 300 end, 'bench'
from licensee w, certification c
where w.id >= 3000000;
SQL
echo "$(psql -qtA -d test -c "select count(*) from $schema.licensee") people, $(psql -qtA -d test -c "select count(*) from $schema.state_license") state licenses"
recompute() { # label
  curl -fsS -u "$admin" -X POST "$base/licensing/recomputation" | python3 -c '
import json, sys; r = json.load(sys.stdin); print("'"$1"': %d clearances computed, %d changed, in %d ms" % (r["computed"], r["changed"], r["millis"]))'
}
recompute "first run (all new)"
recompute "second run (nothing changed)"
psql -q -d test -c "update $schema.state_license set license_expires_on = license_expires_on - 1 where licensee_id >= 3000000"
psql -q -d test -c "update $schema.earned_certification set expires_on = current_date - 1 where licensee_id % 2 = 0 and licensee_id >= 3000000 and expires_on is not null"
recompute "third run (expiries changed, half the certifications lapsed)"
echo "cleared in FL: $(curl -fsS -u "$admin" "$base/clearances?state=FL" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))') agents"
dialer=$(curl -fsS -u "$admin" -H "$json" "$base/users" -d '{"email":"dialer@bench.example.com","displayName":"Dialer",
  "password":"bench-dialer-password","roles":["INTEGRATION"],"timeZone":"America/Chicago"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
token=$(curl -fsS -u "$admin" -H "$json" -d '{"name":"dialer benchmark","validDays":1,"userId":'"$dialer"'}' "$base/tokens" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
for i in $(seq 1 20); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$base/clearances?state=FL"; done
for i in $(seq 1 200); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base/clearances?state=FL"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
  printf "cleared in FL (dialer token): %d requests\n  p50: %.1f ms  p95: %.1f ms  p99: %.1f ms  max: %.1f ms\n", NR, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR] }'
