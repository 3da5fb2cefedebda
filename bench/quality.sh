#!/usr/bin/env bash
# Quality of hire at size on PostgreSQL (targets: importing 1,000,000 KPI rows ≤ 60 s; the report ≤ 1 s).
#  1. starts target/floorready.jar with demo data on schema floorready_bench_quality of database "test" (port 8287),
#  2. inserts with SQL 4,000 hired applicants (every recruiting source, scores 0–99, two screening criteria met or
#     not) and their new hires, graduated over 20 different weeks 10 to 29 weeks ago, each with a mock sales call
#     scored by two interviewers,
#  3. writes a CSV of 1,000,000 daily KPI rows (each agent, by email, for each of the last 250 days: calls, handle,
#     talk and hold time, quotes, policies sold, QA) and imports it through POST /floor-kpis/imports as an admin's
#     API token, timing the whole request (read as a stream, checked, matched and upserted row by row),
#  4. asks the quality-of-hire report at week 8 by source, score band, criterion, recommendation, rubric and class
#     (and by source at week 12) 20 times each after 3 of warm-up, and prints p50/p95/max per grouping.
# Usage: bench/quality.sh   (needs PostgreSQL on 127.0.0.1:5432, user postgres; target/floorready.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
port=8287
schema=floorready_bench_quality
. bench/pg-server.sh
start_on_postgres "$schema" "$port"
trap 'grep -a -E "SEVERE|Caused by" "$data/log" | tail -20' ERR
base="http://127.0.0.1:$port/api/v1"
admin="admin@floorready.example.com:floorready-demo"
json='Content-Type: application/json'
agents=4000
days=250
started=$(date +%s)
psql -q -d test <<SQL
set search_path to $schema;
create temporary table bench_src as select row_number() over (order by id) - 1 as k, id from recruiting_source;
insert into candidate (id, full_name, primary_email, source, recruiting_source_id, created_at, updated_at, version)
select 6000000 + g, 'KPI Bench ' || g, 'kpi.bench' || g || '@example.com', 'UPLOAD',
  (select id from bench_src where k = g % (select count(*) from bench_src)), now(), now(), 1
from generate_series(1, $agents) g;
insert into application (id, candidate_id, requisition_id, stage, furthest_stage, source, applied_at, stage_entered_at,
  knocked_out, unmet_must_haves, offer_accepted_at, score, screening_json, version)
select 6000000 + g, 6000000 + g, (select min(id) from requisition where status = 'FILLED'), 'HIRED', 'HIRED', 'UPLOAD',
  now() - interval '300 days', now() - interval '250 days', false, 0, now() - interval '260 days', g % 100,
  '[{"criterion":"At least 12 months of contact-center experience","evidence":"bench","mustHave":true,"outcome":"'
    || (case when g % 3 = 0 then 'NOT_MET' else 'MET' end)
    || '"},{"criterion":"Speaks Spanish","evidence":"bench","mustHave":false,"outcome":"'
    || (case when g % 4 = 0 then 'MET' else 'NOT_MET' end) || '"}]', 1
from generate_series(1, $agents) g;
insert into new_hire (id, application_id, candidate_id, requisition_id, team_id, class_id, full_name, email, status,
  status_on, hired_at, graduated_on, opening_reopened, version)
select 6000000 + g, 6000000 + g, 6000000 + g, a.requisition_id, r.team_id,
  (select id from training_class order by id offset (g % (select count(*) from training_class)) limit 1),
  'KPI Bench ' || g, 'kpi.bench' || g || '@example.com', 'GRADUATED',
  current_date - (70 + (g % 20) * 7), now() - ((110 + (g % 20) * 7) || ' days')::interval,
  current_date - (70 + (g % 20) * 7), false, 0
from generate_series(1, $agents) g
join application a on a.id = 6000000 + g
join requisition r on r.id = a.requisition_id;
insert into interview (id, application_id, plan_id, kind, starts_at, ends_at, status, ical_uid, ical_sequence,
  candidate_zone, candidate_response, booked_by, booked_at, version)
select 6000000 + g, 6000000 + g, (select min(id) from interview_plan), 'MOCK_SALES_CALL',
  now() - interval '290 days', now() - interval '290 days' + interval '45 minutes', 'SCHEDULED', 'kpi-bench-' || g, 0,
  'America/Chicago', 'ACCEPTED', 'bench', now() - interval '295 days', 0
from generate_series(1, $agents) g;
insert into scorecard (id, interview_id, interviewer_id, ratings, recommendation, submitted_at, version)
select 6000000 + g * 2 + u.n, 6000000 + g, u.id,
  '[{"competency":"OPENING","rating":' || (2 + g % 3) || '},{"competency":"DISCOVERY","rating":3},'
    || '{"competency":"QUOTING","rating":' || (1 + (g + u.n) % 3) || '},{"competency":"OBJECTION_HANDLING","rating":3},'
    || '{"competency":"CLOSE","rating":2},{"competency":"COMPLIANCE_STATEMENTS","rating":3}]',
  (array['STRONG_YES','YES','YES','NO'])[1 + (g + u.n) % 4], now() - interval '289 days', 0
from generate_series(1, $agents) g
cross join (select id, row_number() over (order by id) as n from app_user limit 2) u;
SQL
psql -q -d test -c "vacuum analyze"
echo "generated in $(( $(date +%s) - started )) s: $agents graduates"
csv="$data/kpis.csv"
first=$(date -d "-$days days" +%s)
awk -v agents=$agents -v days=$days -v first="$first" 'BEGIN {
  print "email,date,days,calls,aht,talktime,hold,quotes,policies,qa"
  for (d = 0; d < days; d++) {
    day = strftime("%Y-%m-%d", first + d * 86400 + 43200, 1)
    for (g = 1; g <= agents; g++) {
      calls = 20 + (g * 7 + d) % 25; aht = 380 + (g * 13 + d * 7) % 200; hold = 20 + (g + d) % 40
      printf "kpi.bench%d@example.com,%s,1,%d,%d,%d,%d,%d,%d,%.1f\n", g, day, calls, aht, aht - hold - 10, hold,
        calls / 4, (calls * (5 + g % 10)) / 100, 80 + (g + d) % 20
    }
  }
}' > "$csv"
echo "CSV: $(( $(wc -l < "$csv") - 1 )) rows, $(( $(stat -c %s "$csv") / 1048576 )) MB"
token=$(curl -fsS -u "$admin" -H "$json" -d '{"name":"quality benchmark","validDays":1}' "$base/tokens" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
curl -fsS -o "$data/import.json" -w 'import: %{time_total} s, HTTP %{http_code}\n' -H "Authorization: Bearer $token" \
  -F sourceSystem=Bench -F "file=@$csv;type=text/csv" "$base/floor-kpis/imports"
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("outcomes:", r["counts"], r["periodFrom"], "to", r["periodTo"])' "$data/import.json"
echo "floor_kpi rows: $(psql -qtA -d test -c "select count(*) from $schema.floor_kpi")"
psql -q -d test -c "vacuum analyze"
for q in "by=source" "by=score_band" "by=criterion" "by=recommendation" "by=rubric" "by=class" "by=source&week=12"; do
  url="$base/floor-kpis/report?$q"
  for i in $(seq 1 3); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for i in $(seq 1 20); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"
  done | sort -n | awk -v name="$q" '{ t[NR] = $1 * 1000 } END {
    printf "report %-20s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", name, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
done
curl -fsS -H "Authorization: Bearer $token" "$base/floor-kpis/report?by=source" \
  | python3 -c 'import json, sys; r = json.load(sys.stdin); print("people compared:", r["figures"][0]["value"])'
