#!/usr/bin/env bash
# Exports the whole embedded database to a gzipped JSON-lines archive. Stop the portal first (the H2 file
# is single-user). Usage: infra/scripts/backup-embedded.sh [ARCHIVE] [--data-dir DIR]
# Default archive: backups/saldo-YYYYmmdd-HHMMSS.jsonl.gz; default data dir: $SALDO_DATA_DIR or ./data.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/.mvn/find-jdk.sh"
archive="${1:-backups/saldo-$(date -u +%Y%m%d-%H%M%S).jsonl.gz}"
[ $# -gt 0 ] && shift
jar="$root/portal/target/saldo-portal.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -ntp -pl portal -am package -DskipTests)
fi
exec "$JAVA_HOME/bin/java" -Dloader.main=dev.saldo.portal.database.backup.BackupTool -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher export "$archive" "$@"
