#!/usr/bin/env bash
# Builds the portal (tests skipped) and starts it on http://localhost:8080 with the demo portfolio
# on the embedded database, persisted under ./data. Extra arguments go to Spring Boot,
# e.g. --server.port=9090. Set MONGODB_URI to use a real MongoDB instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. .mvn/find-jdk.sh
./mvnw -B -q -ntp -pl portal -am package -DskipTests
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar portal/target/saldo-portal.jar "$@"
