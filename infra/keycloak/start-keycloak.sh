#!/usr/bin/env bash
# Starts a local DEV/TEST Keycloak with the "saldo" realm (see README.md next to this script).
#
#   infra/keycloak/start-keycloak.sh [extra kc.sh start-dev options...]
#
# Progress goes to stderr; the only line on stdout is the issuer URI, so
#   ISSUER=$(infra/keycloak/start-keycloak.sh)
# works in scripts and tests. Idempotent: exits 0 at once when Keycloak already answers on the port.
#
# Environment (all optional):
#   KEYCLOAK_PORT                  HTTP port on 127.0.0.1 (default 8180)
#   KEYCLOAK_HOME_DIR              work dir holding the unpacked dist, data, log and pid file
#                                  (default: infra/keycloak/target)
#   KEYCLOAK_HOSTNAME              --hostname given to Keycloak, fixes the issuer
#                                  (default http://127.0.0.1:$KEYCLOAK_PORT; empty = derive from each request)
#   KEYCLOAK_START_TIMEOUT         seconds to wait for the realm to answer (default 180; a cold first start took up to 103 s on a busy 2-core machine)
#   KEYCLOAK_FRESH=1               wipe the H2 database first, so the realm file is imported again
#   KEYCLOAK_REALM_FILE            realm export to import (default: realm-saldo.json next to this script)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                                  master-realm admin created on the first start (default admin / admin)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)
# Exports JAVA_HOME pointing at a JDK 21+ (the default java on these machines is too old for Keycloak).
. "$REPO_DIR/.mvn/find-jdk.sh"

KEYCLOAK_VERSION=26.7.3
PORT=${KEYCLOAK_PORT:-8180}
WORK_DIR=${KEYCLOAK_HOME_DIR:-$SCRIPT_DIR/target}
TIMEOUT=${KEYCLOAK_START_TIMEOUT:-180}
REALM_FILE=${KEYCLOAK_REALM_FILE:-$SCRIPT_DIR/realm-saldo.json}
HOSTNAME_URL=${KEYCLOAK_HOSTNAME-http://127.0.0.1:$PORT}
KC_DIR=$WORK_DIR/keycloak-$KEYCLOAK_VERSION
PID_FILE=$WORK_DIR/keycloak.pid
PORT_FILE=$WORK_DIR/keycloak.port
LOG_FILE=$WORK_DIR/keycloak.log
BASE_URL=http://127.0.0.1:$PORT
WELL_KNOWN=$BASE_URL/realms/saldo/.well-known/openid-configuration

say() { printf '%s\n' "$*" >&2; }
fail() { say "start-keycloak: $*"; exit 1; }

command -v curl >/dev/null || fail "curl is required"
case $PORT in '' | *[!0-9]*) fail "KEYCLOAK_PORT must be a number, got '$PORT'" ;; esac

realm_answers() { curl -fsS -o /dev/null --max-time 3 "$WELL_KNOWN" 2>/dev/null; }
issuer() {
  printf '%s\n' "$(curl -fsS --max-time 3 "$WELL_KNOWN" | sed -n 's/.*"issuer" *: *"\([^"]*\)".*/\1/p')"
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  printf '%s\n' "$pid"
}
log_tail() {
  say "----- last lines of $LOG_FILE -----"
  tail -n "${1:-60}" "$LOG_FILE" >&2 2>/dev/null || true
  say "-----"
}

# 1. Already up on this port: nothing to do.
if realm_answers; then
  say "Keycloak already running on $BASE_URL (realm saldo answers); nothing to do."
  issuer
  exit 0
fi

# Serialise concurrent starts from the same work dir (e.g. two test modules at once), where flock exists.
# The lock is released when this script exits; Keycloak itself does not inherit it (9>&- below).
mkdir -p "$WORK_DIR"
if command -v flock >/dev/null; then
  exec 9>"$WORK_DIR/start.lock"
  if ! flock -n 9; then
    say "Another start-keycloak.sh is running for $WORK_DIR; waiting for it..."
    flock -w $((TIMEOUT + 300)) 9 || fail "timed out waiting for the other start-keycloak.sh"
  fi
fi
if realm_answers; then
  say "Keycloak already running on $BASE_URL (realm saldo answers); nothing to do."
  issuer
  exit 0
fi

# 2. An instance from this work dir is still starting, or runs on another port.
started_here=false
if pid=$(running_pid); then
  other_port=$(cat "$PORT_FILE" 2>/dev/null || echo "?")
  if [ "$other_port" != "$PORT" ]; then
    fail "a Keycloak from $WORK_DIR (pid $pid) already runs on port $other_port; stop it first (stop-keycloak.sh) or use another KEYCLOAK_HOME_DIR"
  fi
  say "Keycloak (pid $pid) is already starting on port $PORT; waiting for it."
else
  rm -f "$PID_FILE" "$PORT_FILE"
  port_in_use && fail "port $PORT on 127.0.0.1 is taken by something that is not a Keycloak with realm saldo; set KEYCLOAK_PORT"
  [ -f "$REALM_FILE" ] || fail "realm file not found: $REALM_FILE"

  # 3. Fetch the distribution through Maven (cached in the local repository, ~/.m2) and unpack it once.
  if [ ! -f "$KC_DIR/.unpacked" ]; then
    fetch_dir=$WORK_DIR/fetch
    rm -rf "$fetch_dir" "$KC_DIR" "$WORK_DIR/unpack.tmp"
    mkdir -p "$fetch_dir"
    say "Fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip through Maven..."
    # Run from a directory without a pom.xml: dependency:copy then works without a project.
    if ! (cd "$fetch_dir" && "$REPO_DIR/mvnw" -B -q \
          org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
          "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
          "-DoutputDirectory=$fetch_dir") >"$WORK_DIR/fetch.log" 2>&1; then
      tail -n 40 "$WORK_DIR/fetch.log" >&2
      fail "Maven could not fetch the Keycloak distribution (full output in $WORK_DIR/fetch.log)"
    fi
    zip=$fetch_dir/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
    [ -f "$zip" ] || fail "Maven finished but $zip is missing"
    say "Unpacking into $KC_DIR ..."
    mkdir -p "$WORK_DIR/unpack.tmp"
    if command -v unzip >/dev/null; then
      unzip -q "$zip" -d "$WORK_DIR/unpack.tmp"
    else
      (cd "$WORK_DIR/unpack.tmp" && "$JAVA_HOME/bin/jar" xf "$zip")
      chmod +x "$WORK_DIR/unpack.tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
    fi
    mv "$WORK_DIR/unpack.tmp/keycloak-$KEYCLOAK_VERSION" "$KC_DIR"
    rm -rf "$WORK_DIR/unpack.tmp" "$fetch_dir"
    touch "$KC_DIR/.unpacked"
  fi

  # 4. Realm import. start-dev keeps its H2 database in data/h2, and --import-realm skips a realm
  #    that already exists, so edits to the realm file only apply to a fresh database.
  if [ "${KEYCLOAK_FRESH:-0}" = 1 ] || [ "${KEYCLOAK_FRESH:-}" = true ]; then
    say "KEYCLOAK_FRESH: removing the H2 database (realm and users are imported again)."
    rm -rf "$KC_DIR/data/h2"
  fi
  mkdir -p "$KC_DIR/data/import"
  imported=$KC_DIR/data/import/realm-saldo.json
  if [ -d "$KC_DIR/data/h2" ] && [ -f "$imported" ]; then
    # Keep the copy the database was created from, so the warning repeats until a fresh start.
    if ! cmp -s "$REALM_FILE" "$imported"; then
      say "WARNING: $REALM_FILE differs from the realm this database was created with; the existing realm 'saldo' is kept."
      say "         Run with KEYCLOAK_FRESH=1 to re-import it (this drops changes made in the admin console)."
    fi
  else
    cp "$REALM_FILE" "$imported"
  fi

  # 5. Start in the background, in its own session so that it outlives the caller's terminal/process group.
  args=(start-dev --http-host=127.0.0.1 "--http-port=$PORT" --import-realm)
  [ -n "$HOSTNAME_URL" ] && args+=("--hostname=$HOSTNAME_URL")
  args+=("$@")
  export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
  export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
  say "Starting Keycloak $KEYCLOAK_VERSION on $BASE_URL (JAVA_HOME=$JAVA_HOME), log: $LOG_FILE"
  printf '%s\n' "$PORT" >"$PORT_FILE"
  launcher=()
  command -v setsid >/dev/null && launcher=(setsid)
  # The inner shell records its own pid, then execs kc.sh, so the pid file holds kc.sh's (= the session's) pid.
  nohup ${launcher[@]+"${launcher[@]}"} /bin/sh -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    "$KC_DIR/bin/kc.sh" "${args[@]}" </dev/null >"$LOG_FILE" 2>&1 9>&- &
  started_here=true
fi

# 6. Wait (bounded) until the realm's OpenID configuration answers.
start=$(date +%s)
deadline=$((start + TIMEOUT))
say "Waiting up to $TIMEOUT s for $WELL_KNOWN ..."
while ! realm_answers; do
  now=$(date +%s)
  pid=$(running_pid || true)
  if [ -z "$pid" ] && [ $((now - start)) -ge 3 ]; then
    log_tail 80
    rm -f "$PID_FILE" "$PORT_FILE"
    fail "Keycloak exited before the realm came up"
  fi
  if [ "$now" -ge "$deadline" ]; then
    log_tail 80
    if [ "$started_here" = true ] && [ -n "$pid" ]; then
      say "Stopping the Keycloak this script started (pid $pid)."
      "$SCRIPT_DIR/stop-keycloak.sh" >&2 || true
    fi
    fail "realm saldo did not answer on $BASE_URL within $TIMEOUT s"
  fi
  sleep 1
done

say "Keycloak is up after $(($(date +%s) - start)) s: admin console $BASE_URL/admin/ (user ${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}), pid $(cat "$PID_FILE" 2>/dev/null || echo '?')"
issuer
