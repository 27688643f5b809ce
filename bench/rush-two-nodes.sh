#!/usr/bin/env bash
# The deadline rush through nginx on two nodes (docs/deployment.md, docs/benchmarks.md): scripts/two-nodes.sh starts a
# PostgreSQL of the distribution's packages, a mail server, two nodes (the jar, the README's JVM settings, the demo
# data) and nginx in front; then the rush of bench/rush.sh — autosave and submit at 64 and 256 clients, closed loop and
# paced — goes through the proxy, every acknowledged write is checked in SQL, pgbench repeats one autosave's statements
# against the same server at the same concurrency, and at the end two-nodes.sh checks again what several nodes need:
# a session valid on both nodes, each scheduled job's effect once, each mail received once by the mail server.
# Appends a table to bench/results.md.
#
#   bench/rush-two-nodes.sh        # about 15 minutes on a 2-core machine; BENCH_* variables as for bench/rush.sh
#
# Needs what bench/rush.sh and scripts/two-nodes.sh need (wrk is not used): pgbench, psql, curl, postgresql, nginx.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${BENCH_CLIENTS:-"64 256"}
PER_CLIENT=${BENCH_ENTERPRISES_PER_CLIENT:-2}
ROUNDS=${BENCH_ROUNDS:-2}
WARMUP=${BENCH_WARMUP:-1024}
PACED=${BENCH_PACED:-"64:1000 256:2000"}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-15}
OUT=target/bench-two-nodes
RESULTS=bench/results.md

for tool in pgbench psql curl nginx; do
  command -v $tool >/dev/null || [ -x /usr/sbin/$tool ] \
    || { echo "missing $tool: apt-get install postgresql postgresql-contrib nginx curl"; exit 1; }
done
rm -rf $OUT && mkdir -p $OUT

echo "== build"
./mvnw -o -q -DskipTests package
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$OUT/classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat $OUT/classpath.txt)"
harness() { java -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CP" cn.gov.hubei.jxt.pilot.bench.DeadlineRush "$@"; }
JAR=$(ls target/smart-manufacturing-pilot-*.jar | grep -v -- '-plain\|original' | head -1)

echo "== two nodes behind nginx (scripts/two-nodes.sh, the demo data)"
# the nodes run with the README's JVM settings (the pom's jvmArguments); the token-use limit is lifted as in rush.sh;
# PostgreSQL allows the two pools, pgbench's clients and psql
JVM_OPTS=$(grep -o '<jvmArguments>.*</jvmArguments>' pom.xml | sed 's/<[^>]*>//g')
DEMO=1 HOLD=1 KEEP=1 JAR="$JAR" NODE_JAVA_OPTS="$JVM_OPTS" PG_MAX_CONNECTIONS=300 \
  APP_RATE_LIMITS_TOKEN_USE_CAPACITY=100000000 scripts/two-nodes.sh > $OUT/two-nodes.log 2>&1 &
TWO_NODES=$!
ENV_FILE=""
until [ -n "$ENV_FILE" ]; do
  kill -0 $TWO_NODES 2>/dev/null || { cat $OUT/two-nodes.log; echo "two-nodes.sh ended before it was ready"; exit 1; }
  ENV_FILE=$(sed -n 's/^\[two-nodes\] env: //p' $OUT/two-nodes.log)
  sleep 1
done
# shellcheck disable=SC1090
. "$ENV_FILE"
WORK=$(dirname "$ENV_FILE")
stop_all() {
  kill $TWO_NODES 2>/dev/null || true; wait $TWO_NODES 2>/dev/null || true
  cp "$WORK"/node-*.log "$WORK/smtp-received.tsv" $OUT/ 2>/dev/null || true; rm -rf "$WORK"
}
trap stop_all EXIT
cat $OUT/two-nodes.log
# node A loads the demo data behind its start: the call open for filing must be there before the setup
for _ in $(seq 1 600); do grep -q "Demo data: loaded in" "$WORK/node-a.log" && break; sleep 1; done
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/pilot"
export BENCH_DB_USER=pilot BENCH_DB_PASSWORD="$DB_PASSWORD" PGPASSWORD="$DB_PASSWORD"
PSQL="psql -X -q -t -A -h 127.0.0.1 -p $PG_PORT -U pilot pilot"

cpu_ticks() { awk '{print $14 + $15}' /proc/$1/stat 2>/dev/null || echo 0; }
tree_ticks() { # a process with its ended children (cutime, cstime) and its living children: PostgreSQL, nginx
  { awk '{print $14 + $15 + $16 + $17}' /proc/$1/stat 2>/dev/null; pgrep -P "$1" | while read -r p; do cpu_ticks "$p"; done; } \
    | awk '{s += $1} END {print s + 0}'
}
PM=$(head -1 "$PGDATA/postmaster.pid")
NGINX_PID=$(cat "$NGINX_PID_FILE")
ticks() { echo "$(cpu_ticks $NODE_A_PID) $(cpu_ticks $NODE_B_PID) $(tree_ticks $NGINX_PID) $(tree_ticks $PM)"; }
per_request() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {if (n > 0) printf "%.2f", (b - a) * 10 / n; else print "-"}'; }
cpu_columns() { # $1 ticks before, $2 after, $3 requests: node A, node B, nginx, PostgreSQL, in ms per request
  local -a a=($1) b=($2)
  echo "$(per_request ${a[0]} ${b[0]} $3)	$(per_request ${a[1]} ${b[1]} $3)	$(per_request ${a[2]} ${b[2]} $3)	$(per_request ${a[3]} ${b[3]} $3)"
}
served() { # requests per node in the proxy's log from line $1 on: "A / B"
  tail -n +"$1" "$NGINX_ACCESS_LOG" | awk -v a="${NODE_A_ADDR}" -v b="${NODE_B_ADDR}" \
    '{n[$1]++} END {printf "%d / %d", n[a], n[b]}'
}
NODE_A_ADDR="127.0.0.1:$(sed -n 's/.*node a on 127.0.0.1:\([0-9]*\).*/\1/p' $OUT/two-nodes.log)"
NODE_B_ADDR="127.0.0.1:$(sed -n 's/.*node b on 127.0.0.1:\([0-9]*\).*/\1/p' $OUT/two-nodes.log)"
LOAD() { cut -d' ' -f1-3 /proc/loadavg; }

TOTAL=$((1 + WARMUP))
for c in $CLIENTS; do TOTAL=$((TOTAL + c * PER_CLIENT)); done
for p in $PACED; do TOTAL=$((TOTAL + ${p%%:*})); done
echo "== setup: $TOTAL enterprises, through the proxy"
harness setup "$PROXY" "$JDBC" $TOTAL $OUT/enterprises.tsv
echo "== warm-up: $WARMUP enterprises at 64 clients (not measured)"
harness run "$PROXY" $OUT/enterprises.tsv 1 $WARMUP 64 $ROUNDS $OUT/acks-warmup.log warmup

ROWS=()
FROM=$((1 + WARMUP))
measure() { # $1 label for the log files, $2 clients, $3 enterprises, $4 pace (ms, 0 = closed loop)
  local LA0 LA1 T0 T1 LINE0 ROW N CHECK
  LA0=$(LOAD); T0=$(ticks); LINE0=$(( $(wc -l < "$NGINX_ACCESS_LOG") + 1 ))
  ROW=$(harness run "$PROXY" $OUT/enterprises.tsv $FROM $3 $2 $ROUNDS $OUT/acks-$1.log "$1" $4 2>$OUT/errors-$1.log)
  LA1=$(LOAD); T1=$(ticks); N=$(echo "$ROW" | cut -f3)
  ROW="$ROW	$(cpu_columns "$T0" "$T1" "$N")	$(served $LINE0)"
  echo "$ROW"
  harness check "$JDBC" $OUT/enterprises.tsv $FROM $3 $OUT/acks-$1.log > $OUT/check-$1.log || true
  tail -1 $OUT/check-$1.log
  CHECK=$(tail -1 $OUT/check-$1.log | grep -q PROBLEMS && echo FAILED || echo passed)
  ROWS+=("$ROW	$LA0 → $LA1	$CHECK")
  FROM=$((FROM + $3))
}
for c in $CLIENTS; do
  echo "== rush through the proxy: $c clients, $((c * PER_CLIENT)) enterprises"
  measure "app-$c" $c $((c * PER_CLIENT)) 0
done
for p in $PACED; do
  c=${p%%:*}; pace=${p##*:}
  echo "== paced through the proxy: $c clients, one request every $pace ms each"
  measure "paced-$c-${pace}ms" $c $c $pace
done

echo "== pgbench: one autosave's statements against the same server, at the same concurrency"
APPS0=$($PSQL -c "select min(id) from project_application where created_by like 'rush-%'")
NAPPS=$($PSQL -c "select count(*) from project_application where created_by like 'rush-%'")
TOKENS0=$($PSQL -c "select min(t.id) from api_token t join user_account u on u.id = t.user_id where u.username like 'rush-%'")
PG_ROWS=()
for c in $CLIENTS; do
  pc=$c; [ $pc -gt 250 ] && pc=250
  LA0=$(LOAD); G0=$(tree_ticks $PM)
  TIMEFORMAT="%U %S"
  { time pgbench -n -M prepared -h 127.0.0.1 -p $PG_PORT -U pilot -c $pc -j 2 -T $PGBENCH_SECONDS \
    -D apps=$APPS0 -D napps=$NAPPS -D tokens=$TOKENS0 -f bench/autosave.pgbench pilot > $OUT/pgbench-$c.log 2>&1 || true; } 2> $OUT/pgbench-$c.time
  LA1=$(LOAD); G1=$(tree_ticks $PM)
  TPS=$(grep -o "tps = [0-9.]*" $OUT/pgbench-$c.log | head -1 | awk '{printf "%.1f", $3}')
  LAT=$(grep -o "latency average = [0-9.]* ms" $OUT/pgbench-$c.log | awk '{print $4}')
  FAILED=$(grep -o "number of failed transactions: [0-9]*" $OUT/pgbench-$c.log | awk '{print $6}')
  TXS=$(grep -o "number of transactions actually processed: [0-9]*" $OUT/pgbench-$c.log | awk '{print $6}')
  PGB_CPU=$(awk -v n="${TXS:-0}" '{if (n > 0) printf "%.2f", ($1 + $2) * 1000 / n; else print "-"}' $OUT/pgbench-$c.time 2>/dev/null || echo "-")
  PG_ROWS+=("$c	$pc	$TPS	$LAT	${FAILED:-0}	$PGB_CPU	$(per_request $G0 $G1 ${TXS:-0})	$LA0 → $LA1")
done

echo "== the nodes' checks again, after the rush"
touch "$WORK/check-and-stop"
wait $TWO_NODES || true
sed -n '/passed$/,$p' $OUT/two-nodes.log | tail -6
AGAIN=$(grep -q "passed again" $OUT/two-nodes.log && echo passed || echo FAILED)
SESSIONS=$(grep "session:" $OUT/two-nodes.log | tail -1 | sed 's/^\[two-nodes\] //')
JOBS=$(grep "scheduled jobs:" $OUT/two-nodes.log | tail -1 | sed 's/^\[two-nodes\] //')
MAILS=$(grep "outbox:" $OUT/two-nodes.log | tail -1 | sed 's/^\[two-nodes\] //')

{
  echo
  echo "## Two nodes behind nginx · $(date -u '+%Y-%m-%d %H:%M UTC') · $(git rev-parse --short HEAD) · $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), nginx $(/usr/sbin/nginx -v 2>&1 | sed 's/.*\///')"
  echo
  echo "bench/rush-two-nodes.sh: two nodes (the jar, JVM settings: $JVM_OPTS) on one PostgreSQL of the distribution's packages, nginx in front (round robin, keep-alive to the nodes), the harness and pgbench on the same machine. Processor time per request of each node, of nginx (master and worker) and of PostgreSQL (all backends), read from /proc around each run; requests per node from nginx's log."
  echo
  echo "| run | clients | requests | s | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | save p99 | submit p50 | submit p99 | client CPU ms/req | node A CPU ms/req | node B CPU ms/req | nginx CPU ms/req | PG CPU ms/req | served by A / B | load avg | check |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for r in "${ROWS[@]}"; do echo "| ${r//	/ | } |"; done
  echo
  echo "| pgbench | clients asked | clients run | tps | latency avg ms | failed | client CPU ms/tx | PG CPU ms/tx | load avg | ratio app/pgbench |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  i=0
  for r in "${PG_ROWS[@]}"; do
    APP_RPS=$(echo "${ROWS[$i]}" | cut -f5); PG_TPS=$(echo "$r" | cut -f3)
    RATIO=$(awk -v a="$APP_RPS" -v p="$PG_TPS" 'BEGIN {if (p > 0) printf "%.2f", a / p; else print "n/a"}')
    echo "| autosave | ${r//	/ | } | **$RATIO** |"; i=$((i + 1))
  done
  echo
  echo "After the rush ($AGAIN): $SESSIONS; $JOBS; $MAILS."
} | tee -a $RESULTS
