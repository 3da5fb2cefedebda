#!/usr/bin/env bash
# Round trip of the parse endpoint (POST /api/v1/resumes/parse): the project's own fixture resumes (PDF, DOCX,
# DOC, RTF, ODT, HTML, TXT), 150 requests each way in turn: HTTP Basic (a PBKDF2 verification per request), a
# signed-in session (cookie + CSRF token, as the UI) and an API token; prints p50/p95/p99 in milliseconds for each.
# The figures include the isolated parser (child JVM) and the upload; only the authentication differs.
# Usage: bench/parse-round-trip.sh   (needs PostgreSQL on 127.0.0.1:5432, user postgres; target/floorready.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
port=8283
. bench/pg-server.sh
start_on_postgres floorready_bench_parse "$port"
auth="riley.recruiter@floorready.example.com:floorready-demo"
base="http://127.0.0.1:$port/api/v1"
files=(src/test/resources/org/floorready/fixtures/resumes/*.{pdf,docx,doc,rtf,odt,html,txt})
for f in "${files[@]}"; do curl -fsS -o /dev/null -u "$auth" -F "file=@$f" "$base/resumes/parse"; done
cookies="$data/cookies"
csrf=$(curl -fsS -c "$cookies" -H 'Content-Type: application/json' \
  -d '{"email":"riley.recruiter@floorready.example.com","password":"floorready-demo"}' "$base/session" \
  | sed -E 's/.*"csrfToken":"([^"]+)".*/\1/')
token=$(curl -fsS -u "$auth" -H 'Content-Type: application/json' -d '{"name":"parse benchmark","validDays":1}' \
  "$base/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
measure() { # label, curl arguments that authenticate
  local label=$1; shift
  for i in $(seq 1 150); do
    f=${files[$((i % ${#files[@]}))]}
    curl -fsS -o /dev/null -w '%{time_total}\n' "$@" -F "file=@$f" "$base/resumes/parse"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
    printf "%s: %d parses\n  p50: %.0f ms  p95: %.0f ms  p99: %.0f ms  max: %.0f ms\n", "'"$label"'", NR, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR] }'
}
measure "HTTP Basic" -u "$auth"
measure "session (as the UI)" -b "$cookies" -H "X-CSRF-Token: $csrf"
measure "API token" -H "Authorization: Bearer $token"
