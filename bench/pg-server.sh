# Sourced by the PostgreSQL benchmarks: start_on_postgres SCHEMA PORT recreates SCHEMA in database "test", starts
# target/floorready.jar on it with demo data (stopped and cleaned up when the benchmark exits), and waits until it
# is ready. Sets $data (a temporary folder for the server's files and the benchmark's own).
export PGHOST=127.0.0.1 PGUSER=postgres PGPASSWORD=postgres

start_on_postgres() {
  local schema=$1 port=$2
  psql -q -d test -c "drop schema if exists $schema cascade; create schema $schema"
  data=$(mktemp -d)
  FLOORREADY_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" FLOORREADY_DB_USER=postgres \
    FLOORREADY_DB_PASSWORD=postgres FLOORREADY_DEMO=true FLOORREADY_DATA_DIR="$data" \
    java -Xmx512m -jar target/floorready.jar --port "$port" --nocluster > "$data/log" 2>&1 &
  server_pid=$!
  trap 'kill $server_pid 2>/dev/null; rm -rf "$data"' EXIT
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do sleep 1; done
}
