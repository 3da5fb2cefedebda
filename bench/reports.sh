#!/usr/bin/env bash
# Reports over 100,000 applications and 1,000,000 stage changes on PostgreSQL (target: p95 ≤ 500 ms each).
#  1. starts target/floorready.jar with demo data on schema floorready_bench_reports of database "test" (port 8286),
#  2. inserts with SQL 100,000 candidates and applications over the last year across the demo requisitions (every
#     source, furthest stages from Applied to Hired), ten stage changes each (1,000,000, with the seconds spent in the stage it
#     left), 2,000 filled openings, 10,000 offers, 20,000 interviews with two seats each and a scorecard per
#     seat, 5,000 new hires in the demo classes (some resigned or released) with a license road and an exam each,
#  3. asks every report for the whole year (and the funnel by source and by requisition) as an admin's API token,
#     (and source effectiveness, the EEO reports over 75,000 self-identifications, the home page's
#     dashboard) 100 times each after 10 of warm-up, and prints p50/p95/p99 per report.
# Usage: bench/reports.sh   (needs PostgreSQL on 127.0.0.1:5432, user postgres; target/floorready.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
port=8286
schema=floorready_bench_reports
. bench/pg-server.sh
start_on_postgres "$schema" "$port"
trap 'grep -a -E "SEVERE|Caused by" "$data/log" | tail -20' ERR
base="http://127.0.0.1:$port/api/v1"
admin="admin@floorready.example.com:floorready-demo"
json='Content-Type: application/json'
started=$(date +%s)
psql -q -d test <<SQL
set search_path to $schema;
create temporary table bench_req as select row_number() over (order by id) - 1 as k, id from requisition;
insert into candidate (id, full_name, primary_email, source, created_at, updated_at, version)
select 5000000 + g, 'Report Bench ' || g, 'report.bench' || g || '@example.com', 'UPLOAD', now(), now(), 1
from generate_series(1, 100000) g;
insert into application (id, candidate_id, requisition_id, stage, furthest_stage, source, applied_at, stage_entered_at,
  knocked_out, unmet_must_haves, offer_accepted_at, version)
select 5000000 + g, 5000000 + g, (select id from bench_req where k = g % (select count(*) from bench_req)),
  s.stage, s.stage, (array['CAREERS_PAGE','UPLOAD','TALENT_POOL_UPLOAD'])[1 + g % 3],
  now() - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute', now() - interval '1 day', false, 0,
  case when s.stage = 'HIRED' then now() - (g % 365) * interval '1 day' + interval '20 days' end, 1
from generate_series(1, 100000) g
cross join lateral (select (array['APPLIED','APPLIED','SCREEN','SCREEN','PHONE_INTERVIEW','MOCK_SALES_CALL',
  'MANAGER_INTERVIEW','OFFER','HIRED','HIRED'])[1 + (g * 7) % 10] as stage) s;
create temporary table bench_src as select row_number() over (order by id) - 1 as k, id from recruiting_source;
update candidate set recruiting_source_id = (select id from bench_src where k = (id % 7))
  where id > 5000000 and id % 7 < (select count(*) from bench_src);
-- three in four applicants self-identify; the links are keyed hashes only the server can make, so these match
-- nobody: the selection report still hashes every hired application and scans every response
insert into eeo_response (id, requisition_id, submitted_month, gender, race_ethnicity, veteran_status,
  disability_status, application_key)
select md5('r' || a.id), a.requisition_id, date_trunc('month', a.applied_at)::date,
  (array['Female','Male','Non-binary',null])[1 + a.id % 4],
  (array['Hispanic or Latino','White','Black or African American','Asian','Two or more races',null])[1 + a.id % 6],
  (array['I am a protected veteran','I am not a protected veteran',null])[1 + a.id % 3],
  (array['Yes, I have a disability (or previously had one)','No, I do not have a disability',null])[1 + a.id % 3],
  md5('k' || a.id)
from application a where a.id > 5000000 and a.id % 4 <> 0;
insert into stage_change (id, application_id, candidate_id, requisition_id, from_stage, seconds_in_stage, to_stage,
  actor, at)
select 5000000 + (a.id - 5000000) * 10 + i, a.id, a.candidate_id, a.requisition_id,
  (array['APPLIED','SCREEN','PHONE_INTERVIEW','MOCK_SALES_CALL','MANAGER_INTERVIEW','OFFER','SCREEN','PHONE_INTERVIEW','MANAGER_INTERVIEW','OFFER'])[i],
  2 * 86400 + (a.id * i) % 97 * 3600,
  (array['SCREEN','PHONE_INTERVIEW','MOCK_SALES_CALL','MANAGER_INTERVIEW','OFFER','SCREEN','PHONE_INTERVIEW','MANAGER_INTERVIEW','OFFER','HIRED'])[i],
  'bench', a.applied_at + i * interval '2 days' + (a.id % 24) * interval '1 hour' + (a.id * i) % 97 * interval '1 hour'
from application a cross join generate_series(1, 10) i where a.id > 5000000;
insert into opening (id, requisition_id, number, status, opened_at, filled_at, filled_by, version)
select 5000000 + g, (select id from bench_req where k = g % (select count(*) from bench_req)), 1000 + g, 'FILLED',
  now() - (g % 365) * interval '1 day' - interval '40 days', now() - (g % 365) * interval '1 day', 'bench', 0
from generate_series(1, 2000) g;
insert into offer (id, application_id, requisition_id, class_id, pay_basis, pay_amount, pay_currency, outside_range,
  shift, work_mode, start_date, expires_at, letter_text, status, created_by, created_at, sent_at, version)
select 5000000 + g, 5000000 + g * 10, a.requisition_id, (select min(id) from training_class), 'HOURLY', 19, 'USD', false,
  'Days', 'REMOTE', current_date, now(), 'Offer', (array['ACCEPTED','ACCEPTED','DECLINED','LAPSED','SENT','WITHDRAWN'])[1 + g % 6],
  'bench', a.applied_at + interval '15 days', a.applied_at + interval '15 days', 0
from generate_series(1, 10000) g join application a on a.id = 5000000 + g * 10;
insert into interview (id, application_id, plan_id, kind, starts_at, ends_at, status, ical_uid, ical_sequence,
  candidate_zone, candidate_response, booked_by, booked_at, version)
select 5000000 + g, 5000000 + g * 5, (select min(id) from interview_plan), 'PHONE_INTERVIEW',
  a.applied_at + interval '5 days', a.applied_at + interval '5 days 30 minutes',
  (array['COMPLETED','COMPLETED','COMPLETED','NO_SHOW','CANCELLED'])[1 + g % 5], 'bench-' || g, 0, 'America/Chicago',
  'ACCEPTED', 'bench', a.applied_at, 0
from generate_series(1, 20000) g join application a on a.id = 5000000 + g * 5;
insert into interview_seat (interview_id, user_id, busy_from, busy_to, response)
select i.id, u.id, i.starts_at, i.ends_at, 'ACCEPTED' from interview i
join (select id, row_number() over (order by id) as n from app_user) u on u.n <= 2 where i.id > 5000000;
insert into scorecard (id, interview_id, interviewer_id, ratings, recommendation, submitted_at, version)
select 5000000 + row_number() over (), s.interview_id, s.user_id, '[]', 'YES', s.busy_to + (s.interview_id % 48) * interval '1 hour', 0
from interview_seat s where s.interview_id > 5000000 and s.interview_id % 5 <> 3;
insert into new_hire (id, application_id, candidate_id, requisition_id, team_id, class_id, full_name, email, status,
  status_on, hired_at, opening_reopened, version)
select 5000000 + g, a.id, a.candidate_id, a.requisition_id, r.team_id,
  (select id from training_class order by id offset (g % (select count(*) from training_class)) limit 1),
  'Report Bench ' || g, null, (array['GRADUATED','GRADUATED','IN_TRAINING','RESIGNED','RELEASED'])[1 + g % 5],
  (a.offer_accepted_at + interval '40 days')::date, a.offer_accepted_at + interval '7 days', false, 0
from generate_series(1, 5000) g
join application a on a.id = (select min(id) from application where stage = 'HIRED' and id > 5000000) + (g - 1) * 10
join requisition r on r.id = a.requisition_id;
insert into licensee (id, new_hire_id, npn, resident_state, agent_id, version)
select 5000000 + (n.id - 5000000), n.id, null, 'TX', null, 0 from new_hire n where n.id > 5000000;
insert into state_license (id, licensee_id, state, required_lines, started_on, license_issued_on, license_verified, version)
select l.id, l.id, (array['TX','FL','OH','CA','NY'])[1 + l.id % 5], 'CASUALTY,PROPERTY', current_date - 100,
  (n.hired_at + (20 + l.id % 30) * interval '1 day')::date, true, 0
from licensee l join new_hire n on n.id = l.new_hire_id where l.id > 5000000;
insert into license_exam (state_license_id, attempt, taken_on, passed, score)
select s.id, 1, s.license_issued_on - 10, s.id % 4 <> 0, 70 + s.id % 30 from state_license s where s.id > 5000000;
SQL
# as autovacuum would have done by then: statistics and the visibility map
psql -q -d test -c "vacuum analyze"
echo "generated in $(( $(date +%s) - started )) s: $(psql -qtA -d test -c "select count(*) from $schema.application") applications, $(psql -qtA -d test -c "select count(*) from $schema.stage_change") stage changes"
token=$(curl -fsS -u "$admin" -H "$json" -d '{"name":"report benchmark","validDays":1}' "$base/tokens" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
from=$(date -d '-364 days' +%F)
for report in funnel "funnel?by=source" "funnel?by=requisition" time-in-stage time-to-fill time-to-hire offers interviews licensing attrition sources eeo-applicants "eeo-selection?question=race" dashboard; do
  sep='?'; [[ $report == *\?* ]] && sep='&'
  url="$base/reports/$report${sep}from=$from"
  [[ $report == dashboard ]] && url="$base/reports/dashboard"
  for i in $(seq 1 10); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for i in $(seq 1 100); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"
  done | sort -n | awk -v name="$report" '{ t[NR] = $1 * 1000 } END {
    printf "%-24s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n", name, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR] }'
done
