#!/usr/bin/env bash
# Load test: a recruiter mix (35 % search, 20 % board, 20 % profile reads, 10 % application reads, 10 % moves) plus
# 5 % careers applications with a resume, in a signed-in session, against ONE node and then TWO nodes behind nginx
# (config/nginx.conf.example, round robin), all on PostgreSQL with the demo data and N generated candidates.
# For each layout and each number of connections it prints throughput, p50/p95/p99 latency, errors, and CPU per
# request (of the FloorReady JVMs alone, and of the whole machine: JVMs, parser children, PostgreSQL, nginx, wrk).
# Usage: bench/load.sh [candidates=20000] [seconds=30] [connections="2 4 8 16"]
# Needs: wrk and nginx (apt-get install wrk nginx-light), PostgreSQL on 127.0.0.1:5432 (user postgres), and
# target/floorready.jar (mvn package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
seconds=${2:-30}
connections=${3:-"2 4 8 16"}
export PGHOST=127.0.0.1 PGUSER=postgres PGPASSWORD=postgres
schema=floorready_bench
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 1
  # the servers' logs and nginx's access log stay for a look: bench/load-last/
  rm -rf bench/load-last; mkdir -p bench/load-last
  cp "$work"/node-*.log bench/load-last/ 2>/dev/null || true
  cp "$work"/nginx/logs/*.log bench/load-last/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
[ -f target/floorready.jar ] || mvn -B -q package -DskipTests

start_node() { # port
  FLOORREADY_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" FLOORREADY_DB_USER=postgres \
    FLOORREADY_DB_PASSWORD=postgres FLOORREADY_DEMO=true FLOORREADY_DATA_DIR="$work/data" \
    FLOORREADY_PROXY_CLIENT_ADDRESS_HEADER=X-Forwarded-For FLOORREADY_APPLY_MAX_PER_ADDRESS=1000000 \
    FLOORREADY_SHUTDOWN_DRAIN_SECONDS=0 \
    java -Xmx512m -jar target/floorready.jar --port "$1" --nocluster > "$work/node-$1.log" 2>&1 &
  pids+=($!)
  until curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null; do sleep 1; done
}
node_pids() { pgrep -f "floorready.jar --port" | tr '\n' ' '; }
jiffies_of() { local t=0; for p in "$@"; do t=$((t + $(awk '{print $14 + $15 + $16 + $17}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $t; }
machine_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

run() { # label base-url
  local label=$1 url=$2
  # warm-up (JIT, pools, caches), not measured
  write_ids; LOAD_IDS="$work/ids.lua" wrk -t 4 -c 4 -d 20s -s bench/load/recruiter-mix.lua "$url" > /dev/null
  for c in $connections; do
    write_ids
    local jvm_before machine_before out jvm_after machine_after
    jvm_before=$(jiffies_of $(node_pids)); machine_before=$(machine_busy)
    out=$(LOAD_IDS="$work/ids.lua" wrk -t "$(( c < 4 ? c : 4 ))" -c "$c" -d "${seconds}s" --timeout 10s \
      -s bench/load/recruiter-mix.lua "$url" | grep RESULT)
    jvm_after=$(jiffies_of $(node_pids)); machine_after=$(machine_busy)
    local requests=${out#*requests=}; requests=${requests%% *}
    local hz; hz=$(getconf CLK_TCK)
    printf '%-28s connections=%-3s %s cpu_jvm_ms_per_req=%.2f cpu_machine_ms_per_req=%.2f\n' "$label" "$c" \
      "${out#RESULT }" "$(echo "($jvm_after - $jvm_before) * 1000 / $hz / $requests" | bc -l)" \
      "$(echo "($machine_after - $machine_before) * 1000 / $hz / $requests" | bc -l)"
  done
}

psql -q -d test -c "drop schema if exists $schema cascade; create schema $schema"
mkdir -p "$work/data"
start_node 8291
echo "generating $count candidates ..."
psql -q -d test -v count="$count" -f bench/candidates.sql
psql -q -d test -c "analyze $schema.candidate"

base=http://127.0.0.1:8291/api/v1
auth="riley.recruiter@floorready.example.com:floorready-demo"
curl -fsS -c "$work/cookies" -H 'Content-Type: application/json' -o "$work/session.json" \
  -d '{"email":"riley.recruiter@floorready.example.com","password":"floorready-demo"}' "$base/session"
cookie=$(awk '$6 == "FLOORREADY_SESSION" {print $7}' "$work/cookies")
csrf=$(sed -E 's/.*"csrfToken":"([^"]+)".*/\1/' "$work/session.json")
ids() { curl -fsS -u "$auth" "$base/$1" | python3 -c 'import json, sys; print(",".join(str(i["id"]) for i in json.load(sys.stdin)["items"]))'; }
requisitions=$(ids "requisitions?status=OPEN&size=50")
candidates=$(ids "candidates?size=100")
# the applications' current stages (so that every run's moves are valid: Phone interview -> Mock sales call ->
# Screen -> ...; "at" is the index of the next stage), the careers job and answers that pass its knock-outs
stages_py='
import json, sys
cycle = ["PHONE_INTERVIEW", "MOCK_SALES_CALL", "SCREEN"]
rows = []
for a in json.load(sys.stdin)["items"]:
    if a["stage"] in cycle:
        rows.append("{ id = %d, at = %d }" % (a["id"], (cycle.index(a["stage"]) + 1) % 3 + 1))
    elif a["stage"] == "APPLIED":
        rows.append("{ id = %d, at = 1 }" % a["id"])
print(", ".join(rows))'
answers_py='
import json, sys
job = json.load(sys.stdin)
print(json.dumps([("Yes" if "Yes" in q["options"] else "Either" if "Either" in q["options"] else q["options"][0])
                  for q in job["questions"]]))'
slug=$(curl -fsS "$base/careers/jobs?q=Licensed+P%26C+Sales+Agent" | grep -oE '"slug":"[^"]+"' | head -1 | cut -d'"' -f4)
answers=$(curl -fsS "$base/careers/jobs/$slug" | python3 -c "$answers_py")
write_ids() {
  applications=$(curl -fsS -u "$auth" "$base/applications?size=100" | python3 -c "$stages_py")
  cat > "$work/ids.lua" <<LUA
return { cookie = "$cookie", csrf = "$csrf", slug = "$slug", answers = [==[$answers]==],
  requisitions = { $requisitions }, candidates = { $candidates }, applications = { $applications } }
LUA
}
write_ids
echo "data: $count generated candidates + demo; $(grep -o 'id =' <<< "$applications" | wc -l) applications moved in cycles"

run "one node" http://127.0.0.1:8291

start_node 8292
mkdir -p "$work/nginx/logs" "$work/nginx/temp"
sed -e 's/127.0.0.1:8081/127.0.0.1:8291/; s/127.0.0.1:8082/127.0.0.1:8292/; s/listen 8080;/listen 127.0.0.1:8290;/' \
  config/nginx.conf.example > "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
until curl -fsS -o /dev/null http://127.0.0.1:8290/health/ready 2>/dev/null; do sleep 0.5; done
run "two nodes behind nginx" http://127.0.0.1:8290
echo "requests per node (nginx access log):"
grep -oE 'upstream=[0-9.:]+' "$work/nginx/logs/access.log" | sort | uniq -c
