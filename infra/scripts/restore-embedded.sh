#!/usr/bin/env bash
# Imports an archive made by backup-embedded.sh into the embedded database. Stop the portal first.
# Refuses a database that already has data unless --replace is given (which drops the archived collections).
# Usage: infra/scripts/restore-embedded.sh ARCHIVE [--data-dir DIR] [--replace]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/.mvn/find-jdk.sh"
if [ $# -lt 1 ]; then
  echo "usage: $0 ARCHIVE [--data-dir DIR] [--replace]" >&2
  exit 2
fi
archive="$1"
shift
jar="$root/portal/target/saldo-portal.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -ntp -pl portal -am package -DskipTests)
fi
exec "$JAVA_HOME/bin/java" -Dloader.main=dev.saldo.portal.database.backup.BackupTool -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher import "$archive" "$@"
