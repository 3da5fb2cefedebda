#!/usr/bin/env bash
# The class roster of a 40-person class with 60 held sessions on PostgreSQL: GET
# /api/v1/training/classes/{id}/roster (people × modules, attendance rates, scores, at-risk flags, attrition) as the
# trainer, through an API token, 200 times after 20 of warm-up; prints p50/p95/p99 in milliseconds, and the same for
# the CSV export. The class, its program (6 modules, 480 hours = 60 sessions of 8 hours) and its sessions are made
# through the API; the 40 people (demo applications), their 2,400 attendance marks and their scores are inserted with
# SQL, since hiring 40 people through the careers page would measure the resume parser instead.
# Usage: bench/roster.sh   (needs PostgreSQL on 127.0.0.1:5432, user postgres; target/floorready.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
port=8284
schema=floorready_bench_roster
. bench/pg-server.sh
start_on_postgres "$schema" "$port"
base="http://127.0.0.1:$port/api/v1"
admin="admin@floorready.example.com:floorready-demo"
trainer="taylor.trainer@floorready.example.com:floorready-demo"
json='Content-Type: application/json'
program=$(curl -sS -f -u "$admin" -H "$json" "$base/training/programs" -d '{"name":"Benchmark program","modules":[
  {"name":"Licensing","kind":"LICENSING_PREP","plannedHours":120,"passMark":70,"retakes":2},
  {"name":"Systems","kind":"SYSTEMS","plannedHours":80},
  {"name":"Product","kind":"PRODUCT","plannedHours":80,"passMark":80,"retakes":1,"scoreRule":"LATEST"},
  {"name":"Compliance","kind":"COMPLIANCE","plannedHours":40,"passMark":85,"retakes":1},
  {"name":"Sales","kind":"SALES_SKILLS","plannedHours":80,"passMark":75,"retakes":1},
  {"name":"Nesting","kind":"NESTING","plannedHours":80}]}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
taylor=$(curl -fsS -u "$admin" "$base/users?q=taylor.trainer" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')
start=$(date -d '100 days ago' +%F)
class=$(curl -sS -f -u "$admin" -H "$json" "$base/training/classes" -d '{"programId":'"$program"',"name":"Benchmark class",
  "startDate":"'"$start"'","capacity":40,"location":"Charlotte, NC","timeZone":"America/New_York","trainerIds":['"$taylor"'],
  "sessions":{"days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],"from":"09:00","to":"17:00","skipFederalHolidays":true}}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["overview"]["id"])')
psql -q -d test <<SQL
set search_path to $schema;
insert into new_hire (id, application_id, candidate_id, requisition_id, team_id, class_id, full_name, email, status,
  status_on, hired_at, opening_reopened, version)
select nextval('new_hire_seq') * 1000 + row_number() over (), a.id, a.candidate_id, a.requisition_id, null, $class,
  'Bench person ' || row_number() over (), null, 'IN_TRAINING', date '$start', now(), false, 0
from (select id, candidate_id, requisition_id from application where id not in (select application_id from new_hire)
      order by id limit 40) a;
insert into attendance (id, session_id, new_hire_id, mark, marked_by, marked_at, version)
select nextval('attendance_seq') * 10000 + row_number() over (), s.id, n.id,
  case when (s.id + n.id) % 23 = 0 then 'ABSENT' when (s.id + n.id) % 17 = 0 then 'LATE' else 'PRESENT' end,
  'taylor.trainer@floorready.example.com', now(), 0
from class_session s, new_hire n where s.class_id = $class and n.class_id = $class;
insert into assessment_attempt (id, new_hire_id, module_id, attempt, score, taken_on, graded_by, graded_at)
select nextval('assessment_attempt_seq') * 1000 + row_number() over (), n.id, m.id, 1, 55 + (n.id + m.id) % 45,
  date '$start' + 30, 'taylor.trainer@floorready.example.com', now()
from new_hire n, training_module m where n.class_id = $class and m.program_id = $program and m.pass_mark is not null;
SQL
echo "class $class: $(psql -qtA -d test -c "select count(*) from $schema.class_session where class_id = $class") sessions,"\
" $(psql -qtA -d test -c "select count(*) from $schema.new_hire where class_id = $class") people,"\
" $(psql -qtA -d test -c "select count(*) from $schema.attendance a join $schema.class_session s on s.id = a.session_id where s.class_id = $class") marks"
token=$(curl -fsS -u "$trainer" -H "$json" -d '{"name":"roster benchmark","validDays":1}' "$base/tokens" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
measure() { # label, path
  for i in $(seq 1 20); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$base/$2"; done
  for i in $(seq 1 200); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base/$2"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
    printf "%s: %d requests\n  p50: %.1f ms  p95: %.1f ms  p99: %.1f ms  max: %.1f ms\n", "'"$1"'", NR, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR] }'
}
measure "roster (JSON)" "training/classes/$class/roster"
measure "roster (CSV)" "training/classes/$class/roster.csv"
