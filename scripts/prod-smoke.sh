#!/usr/bin/env bash
# Runs the application as production runs it — profile prod, an external PostgreSQL server from the distribution's
# packages, no embedded database, no demo data, secrets from the environment — on an empty database, and walks a
# smoke path through it with curl: health, the first administrator's login with the forced password change, a bearer
# token, a read with it, and the database's state afterwards. Everything lives in a temporary directory removed at
# the end; the server and the application are stopped whatever happens. docs/operations.md, "Production smoke test".
#
#   scripts/prod-smoke.sh                 # builds the jar (tests skipped) and runs the path
#   JAR=target/x.jar scripts/prod-smoke.sh   # an already built jar
#   KEEP=1 scripts/prod-smoke.sh          # keep the temporary directory (logs) for a look
#
# Needs: PostgreSQL server binaries (Debian: apt-get install postgresql; PG_BIN or /usr/lib/postgresql/*/bin), curl,
# a JDK 17. As root the server runs as the user postgres.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "[prod-smoke] $*"; }
fail() { echo "[prod-smoke] FAILED: $*" >&2; exit 1; }

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/initdb" ] || fail "no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)"
command -v curl >/dev/null || fail "curl is missing"

free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 200 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  fail "no free port from $1"
}

WORK=$(mktemp -d /tmp/prod-smoke.XXXXXX)
chmod 755 "$WORK"
PGDATA="$WORK/pg"
mkdir -p "$WORK/pglog"
PG_PORT=$(free_port 55432)
APP_PORT=$(free_port 18117)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || fail "running as root, but there is no user postgres to run the server"
  mkdir -p "$PGDATA" "$WORK/pglog" && chown postgres "$PGDATA" "$WORK/pglog"
  RUN_AS=(runuser -u postgres --)
fi
APP_PID=""

cleanup() {
  local rc=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ -f "$PGDATA/postmaster.pid" ]; then
    "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ $rc -ne 0 ]; then
    say "application log (last 60 lines):"; tail -60 "$WORK/app.log" 2>/dev/null || true
    say "server log (last 20 lines):"; tail -20 "$WORK/pglog/pg.log" 2>/dev/null || true
  fi
  if [ -n "${KEEP:-}" ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT

say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log"; fail "initdb"; }
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pglog/pg.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGDATA" start >/dev/null || fail "the server did not start"
DB_PASSWORD="pw-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PG_PORT" -U postgres -d postgres <<SQL
create role pilot login password '$DB_PASSWORD';
create database pilot owner pilot encoding 'UTF8' template template0;
SQL
# from now on password authentication for every TCP connection (the application's included)
sed -i 's/^\(host.*\)trust$/\1scram-sha-256/' "$PGDATA/pg_hba.conf"
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" reload >/dev/null

if [ -z "${JAR:-}" ]; then
  say "building the jar (tests skipped)"
  ./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; fail "build"; }
  JAR=$(ls target/smart-manufacturing-pilot-*.jar | grep -v -- '-plain\|original' | head -1)
fi
[ -f "$JAR" ] || fail "no jar at $JAR"

ADMIN_PASSWORD="Boot#$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')x"
NEW_PASSWORD="Smoke#$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')Q"
say "application (profile prod) on port $APP_PORT"
(
  cd "$WORK"
  export SPRING_PROFILES_ACTIVE=prod
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pilot"
  export SPRING_DATASOURCE_USERNAME=pilot SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD"
  export APP_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  export SERVER_PORT="$APP_PORT" APP_FILES_DIRECTORY="$WORK/files" APP_AUDIT_KEY_DIRECTORY="$WORK/keys"
  export APP_AUDIT_CHECKPOINT_DIRECTORY="$WORK/audit-checkpoints"
  export APP_CRYPTO_GENERATED_KEYS_FILE="$WORK/crypto/personal-data-keys.properties"
  exec java -Xmx512m -jar "$OLDPWD/$JAR" >"$WORK/app.log" 2>&1
) &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for i in $(seq 1 300); do
  curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped while starting"
  [ "$i" -eq 300 ] && fail "the application did not become ready within 300 s"
  sleep 1
done
health=$(curl -fs "$BASE/actuator/health")
[[ "$health" == *'"status":"UP"'* ]] || fail "health: $health"
say "health: $health"

PSQL=("$PG_BIN/psql" -X -tA -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PG_PORT" -U postgres -d pilot)
migrations=$("${PSQL[@]}" -c "select count(*) from flyway_schema_history where success")
failed=$("${PSQL[@]}" -c "select count(*) from flyway_schema_history where not success")
[ "$failed" -eq 0 ] && [ "$migrations" -gt 10 ] || fail "migrations: $migrations applied, $failed failed"
demo=$("${PSQL[@]}" -c "select count(*) from user_account where username in ('applicant','officer','wuhan')")
[ "$demo" -eq 0 ] || fail "demo accounts exist in production"
say "migrations from empty: $migrations applied; no demo data"

# the first administrator: a login in the browser's way (session cookie, CSRF token), the forced password change
session_of() { sed -n 's/^[Ss]et-[Cc]ookie: \(SESSION=[^;]*\).*/\1/p' "$1" | tail -1; }
csrf_of() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p;s/.*value="\([^"]*\)"[^>]*name="_csrf".*/\1/p' "$1" | head -1; }
curl -fs -D "$WORK/h1" -o "$WORK/login.html" "$BASE/login"
cookie=$(session_of "$WORK/h1"); csrf=$(csrf_of "$WORK/login.html")
[ -n "$cookie" ] && [ -n "$csrf" ] || fail "login page without session or CSRF token"
curl -s -D "$WORK/h2" -o /dev/null -H "Cookie: $cookie" --data-urlencode "username=sysadmin" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
grep -qi '^location:.*/login?error' "$WORK/h2" && fail "the bootstrap administrator could not log in"
cookie=$(session_of "$WORK/h2"); [ -n "$cookie" ] || fail "no session after login"
curl -fs -o "$WORK/password.html" -H "Cookie: $cookie" "$BASE/account/password"
csrf=$(csrf_of "$WORK/password.html"); [ -n "$csrf" ] || fail "password page without CSRF token"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" --data-urlencode "currentPassword=$ADMIN_PASSWORD" \
  --data-urlencode "newPassword=$NEW_PASSWORD" --data-urlencode "confirmation=$NEW_PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/account/password")
[ "$code" = 302 ] || fail "password change answered $code"
say "login of sysadmin in the browser's way and the forced password change: done"

# the API: a token with the new password (the old one is refused), a read with it
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"username\":\"sysadmin\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/token")
[ "$code" = 401 ] || fail "the old password still gives a token ($code)"
token=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"sysadmin\",\"password\":\"$NEW_PASSWORD\"}" \
  "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || fail "no bearer token"
me=$(curl -fs -H "Authorization: Bearer $token" "$BASE/api/v1/me")
[[ "$me" == *'"sysadmin"'* ]] || fail "/api/v1/me: $me"
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/me")
[ "$code" = 401 ] || fail "/api/v1/me without a token answered $code"
say "bearer token and a read with it: $me"

audited=$("${PSQL[@]}" -c "select count(*) from audit_entry")
[ "$audited" -gt 0 ] || fail "nothing audited"
sessions=$("${PSQL[@]}" -c "select count(*) from spring_session")
say "database afterwards: $audited audit entries, $sessions session(s) in spring_session"

kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
say "passed"
