#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a new data directory. docs/operations.md describes it.
#
#   scripts/restore.sh BACKUP_DIR TARGET_DIR
#
# TARGET_DIR must not exist or be empty. It receives the embedded cluster (TARGET_DIR/pg), the file store
# (TARGET_DIR/files), the keys (TARGET_DIR/keys) and the exported checkpoints (TARGET_DIR/audit-checkpoints), so the
# system starts on it with --app.embedded-db.directory=TARGET_DIR --app.files.directory=TARGET_DIR/files.
# A backup in pg_dump's custom format is restored with pg_restore into the empty database named by PGHOST, PGPORT,
# PGUSER, PGDATABASE (PG_BIN: where pg_restore is); its files and keys still go to TARGET_DIR.
# Every part is checked against the manifest's SHA-256 first; nothing is written when one does not match.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BACKUP_DIR TARGET_DIR" >&2; exit 2; }
BACKUP=$(cd "$1" && pwd)
TARGET=$2

log() { printf '%s restore: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
trap 'log "ERROR: failed at line $LINENO: $BASH_COMMAND"' ERR

[ -f "$BACKUP/MANIFEST" ] || die "$BACKUP has no MANIFEST"
if [ -e "$TARGET" ] && [ -n "$(ls -A "$TARGET")" ]; then die "$TARGET is not empty"; fi
start_ms=$(( $(date +%s%N) / 1000000 ))

(cd "$BACKUP" && sed -n '/^# sha256/,$p' MANIFEST | grep -v '^#' | sha256sum --quiet -c -) \
  || die "a part of the backup does not match its SHA-256 in the manifest"
FORMAT=$(sed -n 's/^database-format: //p' "$BACKUP/MANIFEST")
log "parts match the manifest; database format $FORMAT"

mkdir -p "$TARGET"
TARGET=$(cd "$TARGET" && pwd)
case "$FORMAT" in
  base-backup)
    mkdir -p "$TARGET/pg"
    tar -C "$TARGET/pg" -xzf "$BACKUP/database-base.tar.gz"
    mkdir -p "$TARGET/pg/pg_replslot" "$TARGET/pg/pg_stat_tmp" "$TARGET/pg/pg_wal/archive_status"
    chmod 700 "$TARGET/pg"
    log "database: the embedded cluster in $TARGET/pg (recovered from its WAL at the first start)"
    ;;
  pg_dump-custom)
    PG_RESTORE=${PG_BIN:+$PG_BIN/}pg_restore
    [ -n "${PGHOST:-}" ] || die "set PGHOST, PGPORT, PGUSER and PGDATABASE to the empty database to restore into"
    "$PG_RESTORE" --no-owner --exit-on-error -d "${PGDATABASE:-postgres}" "$BACKUP/database.dump"
    log "database: restored with pg_restore into $PGHOST:${PGPORT:-5432}/${PGDATABASE:-postgres}"
    ;;
  *) die "unknown database format '$FORMAT'" ;;
esac

for part in files keys audit-checkpoints; do
  mkdir -p "$TARGET/$part"
  tar -C "$TARGET/$part" -xzf "$BACKUP/$part.tar.gz"
done
chmod 700 "$TARGET/keys"

log "done in $(( $(date +%s%N) / 1000000 - start_ms )) ms. Start the system on it with:"
log "  --app.embedded-db.directory=$TARGET --app.files.directory=$TARGET/files"
echo "$TARGET"
