#!/usr/bin/env bash
# Bulk intake of N resumes (default 1000), upload to searchable: generates N distinct text resumes
# from the project's own test resumes (each with its own name, email and phone), uploads them as zips of 500 to a
# running FloorReady, and measures until the last one is parsed and findable in search.
# Usage: bench/bulk-intake.sh [base-url] [count]   (recruiter demo login; start the server first)
set -euo pipefail
base=${1:-http://localhost:8080}
count=${2:-1000}
auth="riley.recruiter@floorready.example.com:floorready-demo"
corpus="$(cd "$(dirname "$0")/.." && pwd)/src/test/resources/org/floorready/fixtures/resumes"
work=$(mktemp -d)
python3 - "$corpus" "$work" "$count" <<'PY'
import os, random, re, sys, zipfile
corpus, work, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
templates = [open(os.path.join(corpus, f), encoding="utf-8").read() for f in ("lucia-brennan.txt", "samuel-osei.txt")]
first = ["Avery", "Jordan", "Riley", "Casey", "Morgan", "Taylor", "Jamie", "Quinn", "Dakota", "Skyler"]
last = ["Nguyen", "Garcia", "Smith", "Okafor", "Patel", "Kowalski", "Haddad", "Moreau", "Silva", "Kim"]
random.seed(7)
for batch in range(0, count, 500):
    with zipfile.ZipFile(os.path.join(work, f"batch-{batch // 500}.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(batch, min(batch + 500, count)):
            name = f"{random.choice(first)} {chr(65 + i % 26)}. {random.choice(last)}"
            text = templates[i % 2]
            lines = text.splitlines()
            lines[0] = name.upper()
            phone = f"(214) 555-{1000 + i % 9000:04d}"
            # each its own person: the template's own email and phone replaced, or all would match one record
            body = re.sub(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", f"bench{i}@example.com", "\n".join(lines))
            body = re.sub(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}", phone, body)
            body += f"\n\nContact: bench{i}@example.com | {phone}\n"
            z.writestr(f"resume-{i:04d}.txt", body)
PY
start=$(date +%s.%N)
batches=()
for zip in "$work"/batch-*.zip; do
  id=$(curl -fsS -u "$auth" -F "files=@$zip" "$base/api/v1/uploads" | python3 -c 'import sys, json; print(json.load(sys.stdin)["batchId"])')
  batches+=("$id")
done
uploaded=$(date +%s.%N)
for id in "${batches[@]}"; do
  until curl -fsS -u "$auth" "$base/api/v1/uploads/$id" | python3 -c 'import sys, json; d = json.load(sys.stdin); sys.exit(0 if d["done"] == d["total"] else 1)'; do
    sleep 1
  done
done
parsed=$(date +%s.%N)
found=$(curl -fsS -u "$auth" "$base/api/v1/candidates?q=bench$((count - 1))@example.com" | python3 -c 'import sys, json; print(json.load(sys.stdin)["totalItems"])')
awk -v s="$start" -v u="$uploaded" -v p="$parsed" -v n="$count" -v f="$found" 'BEGIN {
  printf "resumes: %d\nupload (store + queue): %.1f s\nupload to all parsed and searchable: %.1f s (%.1f resumes/s)\nlast one found by search: %s\n", n, u - s, p - s, n / (p - s), (f >= 1 ? "yes" : "NO") }'
rm -rf "$work"
