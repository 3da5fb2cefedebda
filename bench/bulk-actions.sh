#!/usr/bin/env bash
# Bulk actions on 500 applications (target: under 5 s each), on PostgreSQL.
#  1. starts target/floorready.jar with demo data on schema floorready_bulk of database "test" (port 8283),
#  2. adds 500 applicants to the demo requisition "Licensed P&C Sales Agent — Auto" (SQL, no parsing),
#  3. times, through the API as a recruiter: MOVE 500 to Screen, TAG 500, then REJECT 500 with the rejection
#     template (500 emails into the outbox), and prints each time and the per-item outcome counts.
# Usage: bench/bulk-actions.sh [applications]   (needs PostgreSQL on 127.0.0.1:5432, user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-500}
port=8283
. bench/pg-server.sh
start_on_postgres floorready_bulk "$port"
psql -q -d test -v count="$count" <<'SQL'
set search_path = floorready_bulk;
insert into candidate (id, full_name, primary_email, source, created_at, updated_at, version)
select 2000000 + g, 'Bulk Applicant ' || g, 'bulk.applicant' || g || '@example.com', 'UPLOAD', now(), now(), 1
from generate_series(1, :count) g;
insert into application (id, candidate_id, requisition_id, stage, source, applied_at, stage_entered_at, knocked_out,
  unmet_must_haves, version)
select 2000000 + g, 2000000 + g, (select id from requisition where title like 'Licensed P&C Sales Agent%' limit 1),
  'APPLIED', 'UPLOAD', now(), now(), false, 0, 1
from generate_series(1, :count) g;
SQL
ids=$(seq -s, 2000001 $((2000000 + count)))
auth="riley.recruiter@floorready.example.com:floorready-demo"
template=$(curl -fsS -u "$auth" "http://127.0.0.1:$port/api/v1/email-templates?purpose=REJECTION" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
run() {
  local body=$1 label=$2
  curl -fsS -u "$auth" -H 'Content-Type: application/json' -d "$body" -o "$data/out" -w '%{time_total}' \
    "http://127.0.0.1:$port/api/v1/applications/bulk" > "$data/time"
  python3 - "$label" "$(cat "$data/time")" "$data/out" <<'PY'
import json, sys
r = json.load(open(sys.argv[3]))
print(f"{sys.argv[1]}: {float(sys.argv[2]):.2f} s for {r['total']} applications ({r['succeeded']} done, {r['failed']} failed)")
PY
}
run "{\"applicationIds\":[$ids],\"action\":\"MOVE\",\"stage\":\"SCREEN\"}" "move to Screen"
run "{\"applicationIds\":[$ids],\"action\":\"TAG\",\"tag\":\"january class\"}" "tag"
run "{\"applicationIds\":[$ids],\"action\":\"REJECT\",\"reason\":\"The class is full\",\"templateId\":$template}" "reject + email"
psql -q -d test -tA -c "select count(*) || ' rejection emails in the outbox' from floorready_bulk.outbox_message where template_id = $template"
