#!/usr/bin/env bash
# Stops the Keycloak started by start-keycloak.sh (through its pid file). Exits 0 when nothing runs.
#   KEYCLOAK_HOME_DIR       same work dir as for start-keycloak.sh (default infra/keycloak/target)
#   KEYCLOAK_STOP_TIMEOUT   seconds to wait for a graceful stop before SIGKILL (default 30)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK_DIR=${KEYCLOAK_HOME_DIR:-$SCRIPT_DIR/target}
PID_FILE=$WORK_DIR/keycloak.pid
PORT_FILE=$WORK_DIR/keycloak.port
TIMEOUT=${KEYCLOAK_STOP_TIMEOUT:-30}

say() { printf '%s\n' "$*" >&2; }

if [ ! -f "$PID_FILE" ]; then
  say "No pid file at $PID_FILE: no Keycloak started from this work dir is running."
  exit 0
fi
pid=$(cat "$PID_FILE")
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
  say "Keycloak (pid ${pid:-?}) is not running any more; removing the stale pid file."
  rm -f "$PID_FILE" "$PORT_FILE"
  exit 0
fi
# Guard against a recycled pid: only stop a process that is our Keycloak.
cmd=$(ps -o args= -p "$pid" 2>/dev/null || true)
case $cmd in
  *kc.sh* | *keycloak* | *quarkus*) ;;
  *)
    say "pid $pid is not a Keycloak process ($cmd); removing the stale pid file, stopping nothing."
    rm -f "$PID_FILE" "$PORT_FILE"
    exit 0
    ;;
esac

say "Stopping Keycloak (pid $pid)..."
kill -TERM "$pid" 2>/dev/null || true   # kc.sh forwards TERM to its java process
waited=0
while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt "$TIMEOUT" ]; do
  sleep 1
  waited=$((waited + 1))
done
if kill -0 "$pid" 2>/dev/null; then
  say "Still running after $TIMEOUT s; sending SIGKILL."
  # start-keycloak.sh runs it in its own session (pgid = pid) when setsid exists: kill the whole group.
  if [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ]; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  else
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
rm -f "$PID_FILE" "$PORT_FILE"
say "Keycloak stopped."
