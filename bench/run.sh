#!/usr/bin/env bash
# The load benchmark in one command (see docs/performance.md):
#   bench/run.sh h2        [seconds] [concurrency]   # starts the jar on an embedded H2 file of its own
#   bench/run.sh postgres  [seconds] [concurrency]   # starts the jar on $LIANDONG_DB_URL (an empty or bench-only database)
# It builds the jar if needed, starts the platform, drives intake through the API and Open311 and then reads, stops the
# platform, runs the plain-JDBC baseline into the same database at the same concurrency and prints the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}; SECONDS_=${2:-60}; CONC=${3:-16}
PORT=${BENCH_PORT:-18080}
JAR=$(ls target/liandong-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/liandong-*.jar | grep -v plain | head -1); fi
WORK=$PWD/bench/target/$DB-$(date +%s); mkdir -p "$WORK"
# the baseline's drivers are the platform's own, taken from its jar: the same H2 writes the same file format
for name in $(jar tf "$JAR" | grep -E '^BOOT-INF/lib/(h2|postgresql)-[0-9][^/]*\.jar$'); do
  (cd "$WORK" && jar xf "$OLDPWD/$JAR" "$name")
done
H2JAR=$(ls "$WORK"/BOOT-INF/lib/h2-*.jar)
PGJAR=$(ls "$WORK"/BOOT-INF/lib/postgresql-*.jar)
# the per-IP limit of the endpoints open without login (Open311 POSTs) would throttle the single load client
ARGS=(--server.port=$PORT --liandong.data-dir=$WORK/data --logging.level.root=WARN
      --liandong.rate-limit.public-per-minute=100000000)
if [ "$DB" = postgres ]; then
  URL=${LIANDONG_DB_URL:-jdbc:postgresql://localhost:5432/liandong_bench}
  USER_=${LIANDONG_DB_USER:-liandong}; PASS=${LIANDONG_DB_PASSWORD:-liandong}
  ARGS+=(--spring.datasource.url=$URL --spring.datasource.username=$USER_ --spring.datasource.password=$PASS)
else
  URL="jdbc:h2:file:$WORK/data/liandong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0"; USER_=sa; PASS=
fi
# the JVM options docs/operations.md gives for a node of a few cores (C2 only: on 2 cores the tiered compilers still
# compiled through the measured minute, a tenth of the CPU); BENCH_JAVA_OPTS=-Xmx1g measures the JVM's defaults
java ${BENCH_JAVA_OPTS:--Xmx1g -XX:-TieredCompilation} -jar "$JAR" "${ARGS[@]}" >"$WORK/platform.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { tail -40 "$WORK/platform.log"; exit 1; }
  sleep 1
done
DBPID=0   # the PostgreSQL server listening on the URL's port, for the CPU figures (needs ss from iproute2)
if [ "$DB" = postgres ]; then
  DBPORT=$(echo "$URL" | sed -n 's#.*://[^:/]*:\([0-9]*\)/.*#\1#p'); DBPORT=${DBPORT:-5432}
  DBPID=$(ss -Hltnp "sport = :$DBPORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1); DBPID=${DBPID:-0}
fi
echo "== platform on $DB ($(nproc) cores; load before: $(cut -d" " -f1-3 /proc/loadavg)) =="
# on PostgreSQL it also counts the statements per intake (pg_stat_statements, where the server has it)
STATS=(); [ "$DB" = postgres ] && STATS=(--db-url "$URL" --db-user "$USER_" --db-password "$PASS")
java -cp "$PGJAR" bench/Bench.java http --base "http://127.0.0.1:$PORT" --seconds "$SECONDS_" --concurrency "$CONC" \
     ${BENCH_WARMUP:+--warmup $BENCH_WARMUP} --pid $PID --db-pid $DBPID "${STATS[@]}"
kill $PID; wait $PID 2>/dev/null || true   # the embedded H2 file is locked while the platform runs
echo "== plain-JDBC baseline on $DB =="
java -cp "$H2JAR:$PGJAR" bench/Bench.java jdbc --url "$URL" --user "$USER_" --password "$PASS" \
     --seconds "$SECONDS_" --concurrency "$CONC" --db-pid $DBPID
