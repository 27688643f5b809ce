#!/usr/bin/env bash
# The deadline rush, measured (bench/README.md, docs/benchmarks.md): starts the application as the README's run
# command does (./mvnw spring-boot:run, the pom's JVM settings) on a fresh embedded database, generates enterprises,
# drives autosave + submit at 64 and 256 clients, checks every acknowledged write in SQL, runs pgbench with the same
# statements at the same concurrency, times the 申报书 downloads under 16 clients, samples the resident memory, and
# appends a table to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8114}
DB_PORT=${BENCH_DB_PORT:-54114}
CLIENTS=${BENCH_CLIENTS:-"64 256"}
PER_CLIENT=${BENCH_ENTERPRISES_PER_CLIENT:-2}   # enterprises per client and run: each files its own application
ROUNDS=${BENCH_ROUNDS:-2}                        # autosaves of each of the 8 sections before the submit
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-15}
WRK_SECONDS=${BENCH_WRK_SECONDS:-15}
OUT=target/bench
RESULTS=bench/results.md
BASE="http://localhost:$PORT"
JDBC="jdbc:postgresql://localhost:$DB_PORT/postgres"
export PGPASSWORD=postgres
PSQL="psql -X -q -t -A -h localhost -p $DB_PORT -U postgres postgres"

for tool in wrk pgbench psql curl; do
  command -v $tool >/dev/null || { echo "missing $tool: apt-get install wrk postgresql-client-15 postgresql-contrib curl"; exit 1; }
done
mkdir -p $OUT
rm -rf target/bench-db target/bench-files $OUT/*.log $OUT/*.tsv $OUT/acks-* $OUT/wrk-errors.txt $OUT/pgbench-*-tx.*

echo "== build"
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$OUT/classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat $OUT/classpath.txt)"
# The harness shares the machine under test: C1 only (-XX:TieredStopAtLevel=1), as its runs are short and C2's
# compilations took a good part of its processor time; its own time per request is the rows' "client CPU" column.
harness() { java -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CP" cn.gov.hubei.jxt.pilot.bench.DeadlineRush "$@"; }

APP_PID=""
# The abuse limit on one token's use (600 a minute by default) is lifted for the run: wrk sends thousands of requests
# a second with one token, and the figures are of the application's throughput, not of the limiter's 429s.
start_app() { # $1 log file; prints "seconds from launching ./mvnw" and "seconds from the JVM's start" to the first 200
  local t0; t0=$(date +%s.%N)
  ./mvnw -o -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --app.embedded-db.port=$DB_PORT \
--app.embedded-db.directory=target/bench-db --app.files.directory=target/bench-files \
--app.rate-limits.token-use.capacity=100000000" >"$1" 2>&1 &
  local pid=""
  until [ -n "$pid" ]; do pid=$(pgrep -n -f "PilotApplication.*--server.port=$PORT" || true); sleep 0.05; done
  local jvm_start; jvm_start=$(date +%s.%N)
  until curl -fs -o /dev/null "$BASE/actuator/health"; do sleep 0.1; done
  APP_PID=$pid
  echo "$(date +%s.%N) $t0 $jvm_start" | awk '{printf "%.1f %.1f", $1 - $2, $1 - $3}'
}
stop_app() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  while [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; do sleep 0.5; done
  sleep 2
}
trap stop_app EXIT
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$1/status 2>/dev/null || echo 0; }
cpu_ticks() { awk '{print $14 + $15}' /proc/$1/stat 2>/dev/null || echo 0; } # user + system, in 1/100 s
pg_ticks() { # the embedded PostgreSQL's processor time: the postmaster with its ended children (pgbench's backends
  # end with it: their time is the postmaster's cutime and cstime then) and its living children
  local pm; pm=$(head -1 target/bench-db/*/postmaster.pid 2>/dev/null || head -1 target/bench-db/postmaster.pid)
  { awk '{print $14 + $15 + $16 + $17}' /proc/$pm/stat 2>/dev/null; pgrep -P "$pm" | while read -r p; do cpu_ticks "$p"; done; } \
    | awk '{s += $1} END {print s + 0}'
}
per_request() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {if (n > 0) printf "%.2f", (b - a) * 10 / n; else print "-"}'; }
pg_rss_mb() { # the embedded PostgreSQL: postmaster and its children
  local pm; pm=$(head -1 target/bench-db/*/postmaster.pid 2>/dev/null || head -1 target/bench-db/postmaster.pid)
  # proportional set size: the shared buffers counted once over all backends, not once per backend as VmRSS does
  { echo "$pm"; pgrep -P "$pm"; } | while read -r p; do awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null; done \
    | awk '{s += $1} END {printf "%d", s/1024}'
}

echo "== cold start (fresh database: initdb, every migration, demo data)"
start_app $OUT/app-cold.log > $OUT/start-cold.txt
read -r COLD_MVN COLD < $OUT/start-cold.txt || true
echo "cold start: ${COLD} s from the JVM's start to the first 200 of /actuator/health (${COLD_MVN} s from launching ./mvnw)"
# the run command loads the demo data behind the start: how long it takes, before the next step restarts the system
for _ in $(seq 1 1200); do grep -q "Demo data: loaded in" $OUT/app-cold.log && break; sleep 0.1; done
DEMO=$(grep -o "Demo data: loaded in [0-9]* ms" $OUT/app-cold.log | grep -o "[0-9]*" || echo "-")
echo "demo data loaded behind the start in ${DEMO} ms"
WARM="-"; WARM_MVN="-"
if [ "${BENCH_CAPTURE:-0}" = 1 ]; then
  # pg_stat_statements needs a restart of the server: also the warm start
  $PSQL -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
  stop_app
  start_app $OUT/app.log > $OUT/start-warm.txt
  read -r WARM_MVN WARM < $OUT/start-warm.txt || true
  echo "warm start: ${WARM} s (${WARM_MVN} s from launching ./mvnw)"
  $PSQL -c "create extension if not exists pg_stat_statements"
fi
JAVA_PID=$APP_PID

echo "== memory sampler"
( while kill -0 "$JAVA_PID" 2>/dev/null; do echo "$(date +%s) $(rss_mb $JAVA_PID) $(pg_rss_mb)"; sleep 1; done ) \
  > $OUT/rss.log 2>/dev/null &
SAMPLER=$!

# The warm-up is long enough for the JIT compiler to finish with most of the request path (the first thousands of
# requests cost the application two to three times the processor time of later ones, and C2 still compiled about 150
# methods per 2,000 requests after 15,000): a server in a deadline rush has been running for days.
WARMUP=${BENCH_WARMUP:-1024}
TOTAL=$((1 + WARMUP))
for c in $CLIENTS; do TOTAL=$((TOTAL + c * PER_CLIENT)); done
# Paced runs: each client's requests are due every PACE ms (an applicant's page saves a section 0.8 s after a change,
# so one save a second per person is already a fast typist); latency counted from when a request was due.
PACED=${BENCH_PACED:-"64:1000 256:2000"}
for p in $PACED; do TOTAL=$((TOTAL + ${p%%:*})); done
echo "== setup: $TOTAL enterprises"
harness setup "$BASE" "$JDBC" $TOTAL $OUT/enterprises.tsv

if [ "${BENCH_CAPTURE:-0}" = 1 ]; then
  echo "== the statements of one application's autosave and submit (pg_stat_statements)"
  $PSQL -c "select pg_stat_statements_reset()" >/dev/null
  harness run "$BASE" $OUT/enterprises.tsv 0 1 1 1 $OUT/acks-probe.log probe >/dev/null
  $PSQL -F $'\t' -c "select calls, regexp_replace(query, '\s+', ' ', 'g') from pg_stat_statements
    where query not like '%pg_stat_statements%' order by calls desc, query" > $OUT/statements.tsv
  echo "$(awk -F'\t' '{s += $1} END {print s}' $OUT/statements.tsv) statements for 8 saves + 1 submit (see $OUT/statements.tsv)"
fi

LOAD() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== warm-up: $WARMUP enterprises at 64 clients (not measured)"
harness run "$BASE" $OUT/enterprises.tsv 1 $WARMUP 64 $ROUNDS $OUT/acks-warmup.log warmup
ROWS=()
FROM=$((1 + WARMUP))
for c in $CLIENTS; do
  n=$((c * PER_CLIENT))
  echo "== rush: $c clients, $n enterprises, $ROUNDS rounds of 8 section saves + submit each"
  LA0=$(LOAD); A0=$(cpu_ticks $JAVA_PID); G0=$(pg_ticks)
  ROW=$(harness run "$BASE" $OUT/enterprises.tsv $FROM $n $c $ROUNDS $OUT/acks-$c.log "app-$c" 2>$OUT/errors-$c.log)
  LA1=$(LOAD); A1=$(cpu_ticks $JAVA_PID); G1=$(pg_ticks); N=$(echo "$ROW" | cut -f3)
  # processor time per request of the application (all its threads: the JIT's compilers and the collector too) and
  # of the embedded PostgreSQL, read from /proc around the run
  ROW="$ROW	$(per_request $A0 $A1 $N)	$(per_request $G0 $G1 $N)"
  echo "$ROW" | tee $OUT/row-$c.tsv
  harness check "$JDBC" $OUT/enterprises.tsv $FROM $n $OUT/acks-$c.log > $OUT/check-$c.log || true
  tail -1 $OUT/check-$c.log
  CHECK=$(tail -1 $OUT/check-$c.log | grep -q PROBLEMS && echo FAILED || echo passed)
  ROWS+=("$ROW	$LA0 → $LA1	$CHECK")
  FROM=$((FROM + n))
done
PACED_ROWS=()
for p in $PACED; do
  c=${p%%:*}; pace=${p##*:}
  echo "== paced: $c clients, one request every $pace ms each, $c enterprises"
  LA0=$(LOAD); A0=$(cpu_ticks $JAVA_PID); G0=$(pg_ticks)
  ROW=$(harness run "$BASE" $OUT/enterprises.tsv $FROM $c $c $ROUNDS $OUT/acks-paced-$c.log "paced-$c-${pace}ms" $pace 2>$OUT/errors-paced-$c.log)
  LA1=$(LOAD); A1=$(cpu_ticks $JAVA_PID); G1=$(pg_ticks); N=$(echo "$ROW" | cut -f3)
  ROW="$ROW	$(per_request $A0 $A1 $N)	$(per_request $G0 $G1 $N)"
  echo "$ROW"
  harness check "$JDBC" $OUT/enterprises.tsv $FROM $c $OUT/acks-paced-$c.log > $OUT/check-paced-$c.log || true
  CHECK=$(tail -1 $OUT/check-paced-$c.log | grep -q PROBLEMS && echo FAILED || echo passed)
  PACED_ROWS+=("$ROW	$LA0 → $LA1	$CHECK")
  FROM=$((FROM + c))
done

echo "== pgbench: the same statements as one autosave, at the same concurrency"
MAXC=$(( $($PSQL -c "show max_connections") - 20 ))
APPS0=$($PSQL -c "select min(id) from project_application where created_by like 'rush-%'")
NAPPS=$($PSQL -c "select count(*) from project_application where created_by like 'rush-%'")
TOKENS0=$($PSQL -c "select min(t.id) from api_token t join user_account u on u.id = t.user_id where u.username like 'rush-%'")
PG_ROWS=()
for c in $CLIENTS; do
  pc=$c; [ $pc -gt $MAXC ] && pc=$MAXC
  LA0=$(LOAD); G0=$(pg_ticks)
  rm -f $OUT/pgbench-$c-tx.*
  TIMEFORMAT="%U %S" # bash's own time: pgbench's processor time (user, system), written to pgbench-$c.time
  { time pgbench -n -M prepared -h localhost -p $DB_PORT -U postgres -c $pc -j 2 -T $PGBENCH_SECONDS -r \
    -l --log-prefix=$OUT/pgbench-$c-tx \
    -D apps=$APPS0 -D napps=$NAPPS -D tokens=$TOKENS0 -f bench/autosave.pgbench postgres > $OUT/pgbench-$c.log 2>&1 || true; } 2> $OUT/pgbench-$c.time
  LA1=$(LOAD); G1=$(pg_ticks)
  TPS=$(grep -o "tps = [0-9.]*" $OUT/pgbench-$c.log | head -1 | awk '{print $3}')
  LAT=$(grep -o "latency average = [0-9.]* ms" $OUT/pgbench-$c.log | awk '{print $4}')
  FAILED=$(grep -o "number of failed transactions: [0-9]*" $OUT/pgbench-$c.log | awk '{print $6}')
  # each transaction's latency (µs, third column of pgbench's log): the raw database's own percentiles
  PCT=$(cat $OUT/pgbench-$c-tx.* | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {
    i = int(NR * 0.50); if (i < 1) i = 1; j = int(NR * 0.99); if (j < 1) j = 1
    printf "%.1f\t%.1f", a[i] / 1000, a[j] / 1000}')
  TXS=$(grep -o "number of transactions actually processed: [0-9]*" $OUT/pgbench-$c.log | awk '{print $6}')
  PGB_CPU=$(awk -v n="${TXS:-0}" '{if (n > 0) printf "%.2f", ($1 + $2) * 1000 / n; else print "-"}' $OUT/pgbench-$c.time 2>/dev/null || echo "-")
  PG_ROWS+=("$c	$pc	$TPS	$LAT	$PCT	${FAILED:-0}	$PGB_CPU	$(per_request $G0 $G1 ${TXS:-0})	$LA0 → $LA1")
done

RUSH_ENDED=$(date +%s) # the memory of the rush itself (autosave, submit, pgbench) apart from the downloads' below
echo "== downloads of a submitted 申报书 and other pages, 16 clients (wrk)"
DEMO_APP=$($PSQL -c "select a.id from project_application a join user_account u on u.enterprise_id = a.enterprise_id
  where u.username = 'applicant' and a.last_version_no > 0 order by a.id limit 1")
TOKEN_LINE=$(head -2 $OUT/enterprises.tsv | tail -1)
APP_TOKEN=$(echo "$TOKEN_LINE" | cut -f2)
APP_ID=$(echo "$TOKEN_LINE" | cut -f1)
DEMO_TOKEN=$(curl -fs -X POST -H 'Content-Type: application/json' \
  -d '{"username":"applicant","password":"Demo#2020"}' "$BASE/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')
WRK_ROWS=()
wrk_row() { # $1 name, $2 clients, $3 url, $4 token (optional)
  local LA0 LA1 args=(-t2 -c"$2" -d"${WRK_SECONDS}s" --timeout 30s --latency -s bench/wrk-report.lua)
  [ -n "${4:-}" ] && args+=(-H "Authorization: Bearer $4")
  LA0=$(LOAD)
  wrk "${args[@]}" "$3" > $OUT/wrk-$1-$2.log 2>&1 || true
  LA1=$(LOAD)
  WRK_ROWS+=("$1	$2	$(grep '^REPORT' $OUT/wrk-$1-$2.log | cut -f2-)	$LA0 → $LA1")
  grep '^FIRST-ERROR' $OUT/wrk-$1-$2.log | sed "s/^FIRST-ERROR/$1 $2:/" | head -2 >> $OUT/wrk-errors.txt || true
}
wrk_row docx-v1 16 "$BASE/api/v1/applications/$DEMO_APP/documents/application.docx?version=1" "$DEMO_TOKEN"
wrk_row pdf-v1 16 "$BASE/api/v1/applications/$DEMO_APP/documents/application.pdf?version=1" "$DEMO_TOKEN"
wrk_row docx-draft 16 "$BASE/api/v1/applications/$DEMO_APP/documents/application.docx?draft=true" "$DEMO_TOKEN"
wrk_row pdf-draft 16 "$BASE/api/v1/applications/$DEMO_APP/documents/application.pdf?draft=true" "$DEMO_TOKEN"
wrk_row health 16 "$BASE/actuator/health"
wrk_row divisions 16 "$BASE/api/v1/reference/divisions"
wrk_row login 16 "$BASE/login"
wrk_row application-json 16 "$BASE/api/v1/applications/$APP_ID" "$APP_TOKEN"
wrk_row application-json 64 "$BASE/api/v1/applications/$APP_ID" "$APP_TOKEN"

kill $SAMPLER 2>/dev/null || true
RSS_MAX=$(awk '$2 > m {m = $2} END {print m}' $OUT/rss.log)
RSS_RUSH=$(awk -v t=$RUSH_ENDED '$1 <= t && $2 > m {m = $2} END {print m}' $OUT/rss.log)
PG_RSS_MAX=$(awk '$3 > m {m = $3} END {print m}' $OUT/rss.log)
UPDATES=$($PSQL -c "select n_tup_upd from pg_stat_user_tables where relname = 'api_token'")

{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') · $(git rev-parse --short HEAD) · $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo
  echo "Start (JVM process start → first 200 of /actuator/health): cold ${COLD} s on a fresh database (${COLD_MVN} s from launching ./mvnw; the demo data then loaded behind it in ${DEMO} ms), warm ${WARM} s (${WARM_MVN} s). Resident memory, max sampled each second: JVM ${RSS_RUSH} MB until the end of the rush and pgbench, ${RSS_MAX} MB with the downloads (16 draft renderings at once included), embedded PostgreSQL ${PG_RSS_MAX} MB (proportional set size of all its processes). JVM settings: $(grep -o '<jvmArguments>.*</jvmArguments>' pom.xml | sed 's/<[^>]*>//g'). Updates of api_token in the whole run: ${UPDATES}."
  echo
  echo "| run | clients | requests | s | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | save p99 | submit p50 | submit p99 | client CPU ms/req | app CPU ms/req | PG CPU ms/req | load avg | check |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for r in "${ROWS[@]}"; do echo "| ${r//	/ | } |"; done
  for r in "${PACED_ROWS[@]}"; do echo "| ${r//	/ | } |"; done
  echo
  echo "| pgbench | clients asked | clients run | tps | latency avg ms | p50 ms | p99 ms | failed | client CPU ms/tx | PG CPU ms/tx | load avg | ratio app/pgbench |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  i=0
  for r in "${PG_ROWS[@]}"; do
    APP_RPS=$(echo "${ROWS[$i]}" | cut -f5); PG_TPS=$(echo "$r" | cut -f3)
    RATIO=$(awk -v a="$APP_RPS" -v p="$PG_TPS" 'BEGIN {if (p > 0) printf "%.2f", a / p; else print "n/a"}')
    echo "| autosave | ${r//	/ | } | **$RATIO** |"; i=$((i + 1))
  done
  echo
  echo "| wrk | clients | req/s | p50 ms | p90 ms | p99 ms | errors | load avg |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in "${WRK_ROWS[@]}"; do echo "| ${r//	/ | } |"; done
  if [ -s $OUT/wrk-errors.txt ]; then
    echo
    echo "First answers that were not 2xx, per wrk thread:"
    echo
    sed 's/^/    /' $OUT/wrk-errors.txt
  fi
} | tee -a $RESULTS
