#!/usr/bin/env bash
# Startup to ready and memory: starts target/floorready.jar as the README does (with the build's
# class-data sharing archive target/floorready.jsa) and -Xmx512m on a fresh embedded database (demo
# data is seeded, the slowest first start), polls /health/ready, then reads the process RSS and the
# JVM heap from /metrics. Usage: bench/startup.sh [runs] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${2:-8181}
[ -f target/floorready.jar ] && [ -f target/floorready.jsa ] || mvn -B -q package -DskipTests
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s.%N)
  FLOORREADY_DATA_DIR="$data" java -Xmx512m -XX:SharedArchiveFile=target/floorready.jsa -jar target/floorready.jar --port "$port" --nocluster --nohazelcast > "$data/log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { echo "server died, see $data/log"; exit 1; }
  done
  ready=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  heap=$(curl -fsS "http://127.0.0.1:$port/metrics" | awk '/^memory_usedHeap_bytes/ {printf "%d", $2/1048576}')
  printf 'run %d: ready in %.1f s, RSS %d MiB, heap used %s MiB\n' "$run" "$ready" "$rss" "${heap:-?}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
