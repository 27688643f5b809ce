#!/usr/bin/env bash
# Two application nodes on one PostgreSQL behind nginx, as docs/deployment.md describes, on this machine: a
# PostgreSQL cluster of the distribution's packages, a shared file store and key directory, two nodes and nginx
# (round robin) in front. Then it checks what several nodes need:
#   - a session made on one node is valid on the other (a login through nginx, then requests served by both nodes);
#   - the scheduled jobs' effects happen once (both nodes sign the audit checkpoint every 5 s: one row per period);
#   - the outbox delivers each mail once: both nodes send to one mail server on this machine (scripts/smtp-sink.py,
#     a line per mail received), where every Message-ID (one per outbox row) must arrive once and every sent row must
#     have arrived; and every mail id once in the two nodes' logs (the SMTP test with two senders is
#     notification.internal.MailDeliveryTest#twoSendersOnOneOutboxDeliverEachMailOnce).
# It prints the proxy's address for a benchmark and, with HOLD=1, keeps everything running until Ctrl-C; it writes
# what a benchmark needs to reach it (the proxy, the database, the processes) to $WORK/env, and
# bench/rush-two-nodes.sh runs the deadline rush through the proxy that way.
#
#   scripts/two-nodes.sh               # profile prod, empty database, the first administrator only
#   DEMO=1 HOLD=1 scripts/two-nodes.sh # the demo data (node A loads it before node B starts), for a benchmark
#   JAR=target/x.jar scripts/two-nodes.sh
#
# Not run in CI (building, two starts and the checks take longer than the two minutes CI allows for it): a manual
# check. Needs: postgresql and nginx (Debian: apt-get install postgresql nginx), curl, a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "[two-nodes] $*"; }
fail() { echo "[two-nodes] FAILED: $*" >&2; exit 1; }

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/initdb" ] || fail "no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)"
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -x "$NGINX" ] || fail "no nginx (apt-get install nginx)"

free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 200 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  fail "no free port from $1"
}

WORK=$(mktemp -d /tmp/two-nodes.XXXXXX)
chmod 755 "$WORK"
PGDATA="$WORK/pg"
mkdir -p "$WORK/pglog" "$WORK/shared/files" "$WORK/shared/keys" "$WORK/shared/audit-checkpoints" "$WORK/shared/crypto" \
  "$WORK/nginx"
PG_PORT=$(free_port 55532)
PORT_A=$(free_port 18201)
PORT_B=$(free_port $(( PORT_A + 1 )))
PROXY_PORT=$(free_port 18280)
SMTP_PORT=$(free_port 12525)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  mkdir -p "$PGDATA" && chown postgres "$PGDATA" "$WORK/pglog"
  RUN_AS=(runuser -u postgres --)
fi
PIDS=()

cleanup() {
  local rc=$?
  [ -f "$WORK/nginx/nginx.pid" ] && "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [ -f "$PGDATA/postmaster.pid" ] && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then
    for n in a b; do say "node $n log (last 30 lines):"; tail -30 "$WORK/node-$n.log" 2>/dev/null || true; done
  fi
  if [ -n "${KEEP:-}" ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- PostgreSQL
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log"; fail "initdb"; }
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pglog/pg.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGDATA -c max_connections=${PG_MAX_CONNECTIONS:-60}" start >/dev/null || fail "postgres"
DB_PASSWORD="pw-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PG_PORT" -U postgres -d postgres <<SQL
create role pilot login password '$DB_PASSWORD';
create database pilot owner pilot encoding 'UTF8' template template0;
SQL
sed -i 's/^\(host.*\)trust$/\1scram-sha-256/' "$PGDATA/pg_hba.conf"
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" reload >/dev/null
PSQL=("$PG_BIN/psql" -X -tA -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PG_PORT" -U postgres -d pilot)
say "PostgreSQL on 127.0.0.1:$PG_PORT"

# --- the mail server both nodes deliver to
python3 scripts/smtp-sink.py 127.0.0.1 "$SMTP_PORT" "$WORK/smtp-received.tsv" 2>"$WORK/smtp.log" &
PIDS+=($!)
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && break; sleep 0.1; done
say "mail server on 127.0.0.1:$SMTP_PORT"

# --- the nodes
if [ -z "${JAR:-}" ]; then
  say "building the jar (tests skipped)"
  ./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; fail "build"; }
  JAR=$(ls target/smart-manufacturing-pilot-*.jar | grep -v -- '-plain\|original' | head -1)
fi
JAR=$(readlink -f "$JAR")
ADMIN_PASSWORD="Boot#$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')x"

start_node() { # name port
  (
    cd "$WORK"
    if [ -z "${DEMO:-}" ]; then export SPRING_PROFILES_ACTIVE=prod; fi
    export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pilot"
    export SPRING_DATASOURCE_USERNAME=pilot SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD"
    export APP_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
    export SERVER_PORT="$2" APP_WEB_TRUSTED_PROXIES=127.0.0.1
    # shared by both nodes: the file store, the keys (the audit chain's, the SM2 checkpoint key, personal data)
    export APP_FILES_DIRECTORY="$WORK/shared/files" APP_AUDIT_KEY_DIRECTORY="$WORK/shared/keys"
    export APP_AUDIT_CHECKPOINT_DIRECTORY="$WORK/shared/audit-checkpoints"
    export APP_CRYPTO_GENERATED_KEYS_FILE="$WORK/shared/crypto/personal-data-keys.properties"
    export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" APP_NOTIFICATION_FROM_ADDRESS=no-reply@znzz.example.cn
    # both nodes try to sign the audit checkpoint every 5 s: the check below finds one per period
    export APP_AUDIT_CHECKPOINT_CRON="*/5 * * * * *" APP_NOTIFICATION_POLL_INTERVAL=2s APP_NOTIFICATION_INITIAL_DELAY=2s
    export SERVER_SERVLET_SESSION_COOKIE_SECURE=false   # plain http on this machine only; production is https
    # NODE_JAVA_OPTS: the nodes' JVM settings (bench/rush-two-nodes.sh gives them the README's)
    exec java ${NODE_JAVA_OPTS:--Xmx640m} -jar "$JAR" >"$WORK/node-$1.log" 2>&1
  ) &
  PIDS+=($!)
}
await_healthy() { # port
  for i in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return
    sleep 1
  done
  fail "the node on port $1 did not become healthy"
}
# node A first: it migrates the database and creates the keys (and loads the demo data with DEMO=1); then node B
start_node a "$PORT_A"; await_healthy "$PORT_A"; say "node a on 127.0.0.1:$PORT_A"
start_node b "$PORT_B"; await_healthy "$PORT_B"; say "node b on 127.0.0.1:$PORT_B"

# --- nginx, from the committed configuration with local ports, plain http, and a header naming the node
sed -e '/^server {/,$d' deploy/nginx/pilot.conf \
  | sed -e "s/server 10.0.0.11:8080/server 127.0.0.1:$PORT_A/" -e "s/server 10.0.0.12:8080/server 127.0.0.1:$PORT_B/" \
  > "$WORK/nginx/upstream.conf"
awk '/listen 443/{f=1} f' deploy/nginx/pilot.conf | sed -n '/client_max_body_size/,$p' | sed '$d' > "$WORK/nginx/location.conf"
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  log_format node '\$upstream_addr \$status \$request_time';
  access_log $WORK/nginx/access.log node;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  include $WORK/nginx/upstream.conf;
  server {
    listen 127.0.0.1:$PROXY_PORT;
    add_header X-Served-By \$upstream_addr always;
$(cat "$WORK/nginx/location.conf")
  }
}
NGINX
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t >/dev/null 2>&1 || { "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t; fail "nginx configuration"; }
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
PROXY="http://127.0.0.1:$PROXY_PORT"
for _ in $(seq 1 20); do curl -fs "$PROXY/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done

# --- a session made on one node is valid on the other
session_of() { sed -n 's/^[Ss]et-[Cc]ookie: \(SESSION=[^;]*\).*/\1/p' "$1" | tail -1; }
csrf_of() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p;s/.*value="\([^"]*\)"[^>]*name="_csrf".*/\1/p' "$1" | head -1; }
served_by() { sed -n 's/^[Xx]-[Ss]erved-[Bb]y: *\([^[:space:]]*\).*/\1/p' "$1" | tail -1; }
if [ -n "${DEMO:-}" ]; then USER_NAME=officer; PASSWORD='Demo#2020'; else USER_NAME=sysadmin; PASSWORD="$ADMIN_PASSWORD"; fi
check_sessions() {
  local cookie csrf login_node code i
  curl -fs -D "$WORK/h1" -o "$WORK/login.html" "$PROXY/login"
  cookie=$(session_of "$WORK/h1"); csrf=$(csrf_of "$WORK/login.html")
  curl -s -D "$WORK/h2" -o /dev/null -H "Cookie: $cookie" --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$PROXY/login"
  grep -qi '^location:.*/login?error' "$WORK/h2" && fail "login through nginx refused"
  login_node=$(served_by "$WORK/h2"); cookie=$(session_of "$WORK/h2")
  [ -n "$cookie" ] || fail "no session cookie after the login"
  declare -A nodes=()
  for i in $(seq 1 6); do
    curl -s -D "$WORK/h3" -o "$WORK/page.html" -H "Cookie: $cookie" "$PROXY/account/password"
    code=$(sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' "$WORK/h3")
    [ "$code" = 200 ] || fail "request $i with the session answered $code (served by $(served_by "$WORK/h3"))"
    nodes[$(served_by "$WORK/h3")]=1
  done
  [ "${#nodes[@]}" -eq 2 ] || fail "the requests did not reach both nodes: ${!nodes[*]}"
  say "session: logged in on $login_node, then served by ${!nodes[*]} with the same session"
}
check_sessions

# --- the scheduled jobs' effects once: both nodes sign the checkpoint every 5 s
check_checkpoints() {
  local dupes checkpoints
  dupes=$("${PSQL[@]}" -c "select count(*) from (select period from audit_checkpoint group by period having count(*) > 1) d")
  checkpoints=$("${PSQL[@]}" -c "select count(*) from audit_checkpoint where period not like 'manual-%'")
  [ "$dupes" -eq 0 ] || fail "a checkpoint period signed twice"
  say "scheduled jobs: $checkpoints checkpoint(s), one per period, signed by one of the two nodes"
}
sleep 12
check_checkpoints

# --- the outbox: each mail once across both nodes, counted where it arrives
check_mail_once() {
  local mails arrived repeated sent pending
  for _ in $(seq 1 30); do # what is due goes out within a poll interval (2 s here)
    pending=$("${PSQL[@]}" -c "select count(*) from mail_outbox where status = 'PENDING'")
    [ "$pending" -eq 0 ] && break
    sleep 1
  done
  mails=$(cat "$WORK/node-a.log" "$WORK/node-b.log" | sed -n 's/.*Mail \([0-9]*\) delivered.*/\1/p' | sort)
  [ -z "$(echo "$mails" | uniq -d)" ] || fail "a mail delivered twice: $(echo "$mails" | uniq -d | tr '\n' ' ')"
  arrived=$(cut -f1 "$WORK/smtp-received.tsv" 2>/dev/null | grep -c . || true)
  repeated=$(cut -f1 "$WORK/smtp-received.tsv" 2>/dev/null | sort | uniq -d | head -3 | tr '\n' ' ')
  [ -z "$repeated" ] || fail "the mail server received a mail twice: $repeated"
  sent=$("${PSQL[@]}" -c "select count(*) from mail_outbox where status = 'SENT'")
  [ "$arrived" -eq "$sent" ] || fail "$sent mail(s) marked sent, $arrived received by the mail server"
  say "outbox: $sent mail(s) sent, each received once by the mail server ($arrived Message-IDs, none twice; node a $(grep -c 'Mail [0-9]* delivered' "$WORK/node-a.log" || true), node b $(grep -c 'Mail [0-9]* delivered' "$WORK/node-b.log" || true)); $pending pending"
}
check_mail_once

cat > "$WORK/env" <<ENV
PROXY=$PROXY
PG_BIN=$PG_BIN
PGDATA=$PGDATA
PG_PORT=$PG_PORT
DB_PASSWORD=$DB_PASSWORD
NODE_A_PID=${PIDS[1]}
NODE_B_PID=${PIDS[2]}
NGINX_PID_FILE=$WORK/nginx/nginx.pid
NGINX_ACCESS_LOG=$WORK/nginx/access.log
SMTP_RECEIVED=$WORK/smtp-received.tsv
ENV
# --- with no node reachable, nginx answers 503 with the system's Chinese text (last: it stops both nodes)
check_proxy_without_nodes() {
  local pid code
  for pid in "${PIDS[1]}" "${PIDS[2]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[1]}" "${PIDS[2]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done; done
  code=$(curl -s -D "$WORK/h4" -o "$WORK/down.json" -w '%{http_code}' "$PROXY/api/v1/me")
  [ "$code" = 503 ] && grep -qi '^retry-after: 30' "$WORK/h4" && grep -qi '^content-type: application/problem+json' "$WORK/h4" \
    && grep -q '"title":"系统暂时无法使用"' "$WORK/down.json" || fail "API without nodes: $code $(cat "$WORK/down.json")"
  code=$(curl -s -D "$WORK/h5" -o "$WORK/down.html" -w '%{http_code}' "$PROXY/login")
  [ "$code" = 503 ] && grep -qi '^content-type: text/html; charset=utf-8' "$WORK/h5" \
    && grep -q '<h1>系统暂时无法使用</h1>' "$WORK/down.html" || fail "page without nodes: $code $(head -c 300 "$WORK/down.html")"
  say "no node reachable: nginx answers 503 with the Chinese problem (API) and page (elsewhere), Retry-After 30"
}

echo "PROXY=$PROXY"
if [ -z "${HOLD:-}" ]; then
  check_proxy_without_nodes
fi
say "passed"
say "env: $WORK/env"
if [ -n "${HOLD:-}" ]; then
  say "running until Ctrl-C: proxy $PROXY, nodes :$PORT_A :$PORT_B, PostgreSQL :$PG_PORT (user pilot)"
  # until Ctrl-C, or until bench/rush-two-nodes.sh asks for the checks again and the end (touch $WORK/check-and-stop)
  while kill -0 "${PIDS[1]}" 2>/dev/null && kill -0 "${PIDS[2]}" 2>/dev/null && [ ! -e "$WORK/check-and-stop" ]; do
    sleep 1
  done
  if [ -e "$WORK/check-and-stop" ]; then
    check_sessions
    check_checkpoints
    check_mail_once
    check_proxy_without_nodes
    say "passed again"
  fi
fi
