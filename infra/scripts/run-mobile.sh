#!/usr/bin/env bash
# Runs the phone app on the desktop in a 390x844 window against a portal (default http://localhost:8080,
# e.g. one started with infra/scripts/run-portal.sh; sign in as ana / ana123). Builds shared-domain and
# the app first (tests skipped). Options:
#   SALDO_BASE_URL=http://host:port   portal address (also editable on the sign-in screen; remembered)
#   SALDO_LANGUAGE=en                 start in English whatever the desktop's language
#   SALDO_SIGN_IN=KEYCLOAK SALDO_ISSUER=http://127.0.0.1:8180/realms/saldo
#                                     sign in through Keycloak in the system browser (PKCE, loopback redirect)
# (Values saved in the app's settings file, ~/.gluon/settings.properties, win over these defaults.)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. .mvn/find-jdk.sh
args=()
if [[ -n "${SALDO_BASE_URL:-}" ]]; then
  args+=("-Dsaldo.base-url=${SALDO_BASE_URL}")
fi
if [[ -n "${SALDO_SIGN_IN:-}" ]]; then
  args+=("-Dsaldo.sign-in=${SALDO_SIGN_IN}")
fi
if [[ -n "${SALDO_ISSUER:-}" ]]; then
  args+=("-Dsaldo.issuer=${SALDO_ISSUER}")
fi
if [[ -n "${SALDO_LANGUAGE:-}" ]]; then
  args+=("-Duser.language=${SALDO_LANGUAGE}")
fi
# One reactor build: shared-domain comes from its fresh jar, nothing is installed into ~/.m2.
./mvnw -B -q -ntp -pl shared-domain,mobile package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$root/mobile/target/run.classpath"
cp="$(cat mobile/target/run.classpath)"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow ${JAVA_OPTS:-} \
  "${args[@]}" -cp "mobile/target/classes:${cp}" dev.saldo.mobile.Launcher
