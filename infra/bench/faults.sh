#!/usr/bin/env bash
# Saldo's long fault runs (issue 10), against the portal jar in a process of its own and a local Stripe stub:
#   (a) SIGKILL in the middle of a burst of payments and signed webhooks, restart on the same data;
#   (b) a webhook storm with duplicates, reordering and forged, tampered and stale signatures.
# Prints what was injected and what was lost (must be 0). Takes 3–6 minutes for the default 240 debtors.
#
#   infra/bench/faults.sh [DEBTORS]      # half of them in (a), half in (b); default 240
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. .mvn/find-jdk.sh
debtors=${1:-240}
out="${BENCH_OUT:-$root/infra/bench/out/faults-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
jar=portal/target/saldo-portal.jar
if [ ! -f "$jar" ] || [ ! -d portal/target/test-classes ] \
    || [ -n "$(find portal/src shared-domain/src/main -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar and the test helpers (tests skipped)..."
  ./mvnw -B -q -ntp -pl portal -am package -DskipTests
fi
# The portal runs a copy and the helpers a copy of the classes: a build during the run must not change them.
cp "$jar" "$out/saldo-portal.jar"
trap 'rm -rf "$out/saldo-portal.jar" "$out/classes"' EXIT
jar="$out/saldo-portal.jar"
mkdir -p "$out/classes"
cp -r portal/target/classes portal/target/test-classes "$out/classes/"

classpath_file="$root/infra/bench/out/.test-classpath"
if [ ! -s "$classpath_file" ]; then
  mkdir -p "${classpath_file%/*}"
  ./mvnw -B -q -ntp -o -pl portal dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" >/dev/null
fi
echo "uptime.before=$(uptime)" > "$out/load-average.properties"
echo "Fault runs with $debtors debtors; figures and the portal's log in $out"
"$JAVA_HOME/bin/java" -cp "$(cat "$classpath_file"):$out/classes/classes:$out/classes/test-classes" \
  infra/bench/FaultRun.java "$jar" "$out" "$debtors"
echo "uptime.after=$(uptime)" >> "$out/load-average.properties"
cat "$out/load-average.properties"
