#!/usr/bin/env bash
# Backs up the system: the database, the file store, the keys of the audit trail and its exported checkpoints, with a
# manifest of SHA-256 digests. docs/operations.md describes it; scripts/restore.sh restores it.
#
#   scripts/backup.sh [OUTPUT_DIR]          (default: backups/backup-<UTC time>)
#
# Where things are (defaults are those of a plain start from the project directory):
#   DATA_DIR         app.embedded-db.directory (default: data); the embedded cluster is DATA_DIR/pg
#   FILES_DIR        app.files.directory (default: DATA_DIR/files)
#   KEYS_DIR         app.audit.key-directory (default: DATA_DIR/keys): the audit chain key, the SM2 checkpoint key
#   CHECKPOINTS_DIR  app.audit.checkpoint-directory (default: DATA_DIR/audit-checkpoints)
#   PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD: an external database (profile prod) instead of the embedded one
#   PG_BIN           a directory with pg_dump/psql of the server's major version or newer
#
# The database part:
#   - with pg_dump of the server's major version or newer: database.dump, pg_dump's custom format (-Fc);
#   - the embedded database without such a pg_dump (its binaries ship postgres, initdb and pg_ctl only; Debian 12 has
#     pg_dump 15, the server is 17): database-base.tar.gz, an online base backup of the cluster taken with
#     pg_backup_start/pg_backup_stop through psql (any version), WAL included; restore.sh starts from it.
set -euo pipefail

DATA_DIR=${DATA_DIR:-data}
FILES_DIR=${FILES_DIR:-$DATA_DIR/files}
KEYS_DIR=${KEYS_DIR:-$DATA_DIR/keys}
CHECKPOINTS_DIR=${CHECKPOINTS_DIR:-$DATA_DIR/audit-checkpoints}
OUT=${1:-backups/backup-$(date -u +%Y%m%dT%H%M%SZ)}

log() { printf '%s backup: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
trap 'log "ERROR: failed at line $LINENO: $BASH_COMMAND"' ERR

find_tool() { # find_tool NAME MIN_MAJOR: the newest NAME whose major version is at least MIN_MAJOR
  local name=$1 min=$2 candidate major
  for candidate in ${PG_BIN:+"$PG_BIN/$name"} $(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -t/ -k5,5nr) \
      $(command -v "$name" 2>/dev/null || true); do
    [ -x "$candidate" ] || continue
    major=$("$candidate" --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
    if [ "${major:-0}" -ge "$min" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

EMBEDDED=false
if [ -z "${PGHOST:-}" ]; then
  CLUSTER=$DATA_DIR/pg
  [ -f "$CLUSTER/postmaster.pid" ] || die "no running embedded database in $CLUSTER (start the system, or set PGHOST for an external database)"
  EMBEDDED=true
  export PGHOST=localhost PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
  PGPORT=$(sed -n 4p "$CLUSTER/postmaster.pid"); export PGPORT
fi
PSQL=$(find_tool psql 0) || die "psql not found: install postgresql-client (apt-get install postgresql-client)"
psql_q() { "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 "$@" 2>/dev/null; }
SERVER_NUM=$(psql_q -c 'show server_version_num') || die "cannot reach the database at $PGHOST:$PGPORT"
SERVER_MAJOR=$((SERVER_NUM / 10000))

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
[ -z "$(ls -A "$OUT")" ] || die "$OUT is not empty"
log "backing up into $OUT (database on $PGHOST:$PGPORT, PostgreSQL $SERVER_MAJOR)"
start_ms=$(( $(date +%s%N) / 1000000 ))

if PG_DUMP=$(find_tool pg_dump "$SERVER_MAJOR"); then
  FORMAT=pg_dump-custom
  "$PG_DUMP" -Fc --no-owner -f "$OUT/database.dump"
  log "database: pg_dump custom format ($("$PG_DUMP" --version))"
elif $EMBEDDED; then
  FORMAT=base-backup
  CLUSTER_ABS=$(cd "$CLUSTER" && pwd)
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  # One psql session: start the backup, copy the cluster, stop it (the label file comes back), then the WAL written
  # meanwhile, which recovery replays up to the backup's end when the copy starts.
  "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 >/dev/null 2>"$work/psql.err" <<SQL || { cat "$work/psql.err" >&2; die "base backup failed"; }
select pg_backup_start('scripts/backup.sh', true);
\! tar -C '$CLUSTER_ABS' -cf '$work/base.tar' --exclude=./pg_wal --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./pg_replslot --exclude=./pg_stat_tmp --warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank .
\o '$work/backup_label'
select labelfile from pg_backup_stop(false);
\o
\! tar -C '$CLUSTER_ABS' -rf '$work/base.tar' --warning=no-file-changed --warning=no-file-removed ./pg_wal
SQL
  [ -s "$work/backup_label" ] || die "the base backup returned no label"
  tar -C "$work" -rf "$work/base.tar" backup_label
  gzip -1 -c "$work/base.tar" > "$OUT/database-base.tar.gz"
  log "database: online base backup of the embedded cluster (no pg_dump $SERVER_MAJOR or newer found)"
else
  die "no pg_dump of version $SERVER_MAJOR or newer: install it or set PG_BIN"
fi

part_tar() { # part_tar NAME DIR: DIR's content as NAME.tar.gz (an empty archive when DIR does not exist)
  if [ -d "$2" ]; then tar -C "$2" -czf "$OUT/$1.tar.gz" .; else tar -czf "$OUT/$1.tar.gz" -T /dev/null; fi
}
part_tar files "$FILES_DIR"
part_tar keys "$KEYS_DIR"
part_tar audit-checkpoints "$CHECKPOINTS_DIR"
chmod 600 "$OUT/keys.tar.gz"

{
  echo "# backup of the smart manufacturing pilot system"
  echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database-format: $FORMAT"
  echo "server-version: $(psql_q -c 'show server_version')"
  echo "flyway-version: $(psql_q -c 'select max(version::int) from flyway_schema_history where success' || echo unknown)"
  echo "audit-head: $(psql_q -c "select last_seq || ' ' || last_hash from audit_chain_head where id = 1" || echo none)"
  echo "# sha256 of each part"
  (cd "$OUT" && shopt -s nullglob && sha256sum -- *.tar.gz *.dump)
} > "$OUT/MANIFEST"
elapsed_ms=$(( $(date +%s%N) / 1000000 - start_ms ))
log "done in ${elapsed_ms} ms: $(du -sh "$OUT" | cut -f1) in $OUT"
echo "$OUT"
