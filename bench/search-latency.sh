#!/usr/bin/env bash
# Candidate search latency at 100,000 candidates on PostgreSQL.
#  1. generates the data set into schema floorready_bench of database "test" (bench/candidates.sql),
#  2. starts target/floorready.jar on it (port 8282),
#  3. runs 300 searches (full text + filters) with HTTP Basic, the same 300 in a signed-in session (as the UI
#     searches), and with an API token (as scripts should), and prints p50/p95/p99 in milliseconds for each. HTTP
#     Basic verifies the password (PBKDF2, 210,000 iterations) on every request, so its figures include that; the
#     session's and the token's (one SHA-256 and a lookup) do not.
# Usage: bench/search-latency.sh [candidates]   (needs PostgreSQL on 127.0.0.1:5432, user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
port=8282
. bench/pg-server.sh
start_on_postgres floorready_bench "$port"
echo "generating $count candidates ..."
psql -q -d test -v count="$count" -f bench/candidates.sql
psql -q -d test -c "analyze floorready_bench.candidate"
auth="riley.recruiter@floorready.example.com:floorready-demo"
base="http://127.0.0.1:$port/api/v1"
queries=("q=five9" "q=salesforce+spanish" "q=genesys" "q=property+casualty+license" "state=TX" "language=Spanish"
  "q=avaya&state=OK" "minExperienceMonths=60&skill=ezlynx" "q=retention+specialist" "q=customer+service&language=Vietnamese")
for q in "${queries[@]}"; do curl -fsS -o /dev/null -u "$auth" "$base/candidates?$q"; done
cookies="$data/cookies"
curl -fsS -o /dev/null -c "$cookies" -H 'Content-Type: application/json' \
  -d '{"email":"riley.recruiter@floorready.example.com","password":"floorready-demo"}' "$base/session"
measure() { # label, curl arguments that authenticate
  local label=$1; shift
  for i in $(seq 1 300); do
    q=${queries[$((i % ${#queries[@]}))]}
    curl -fsS -o /dev/null -w '%{time_total}\n' "$@" "$base/candidates?$q&page=$((i % 3))"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
    printf "%s: %d searches over %s candidates\n  p50: %.0f ms  p95: %.0f ms  p99: %.0f ms  max: %.0f ms\n", "'"$label"'", NR, "'"$count"'", t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR] }'
}
token=$(curl -fsS -u "$auth" -H 'Content-Type: application/json' -d '{"name":"search benchmark","validDays":1}' \
  "$base/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
measure "HTTP Basic" -u "$auth"
measure "session (as the UI)" -b "$cookies"
measure "API token" -H "Authorization: Bearer $token"
