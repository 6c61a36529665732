#!/usr/bin/env bash
# Saldo's benchmark harness (issue 10). For each portfolio size: a fresh portal process on a fresh
# embedded database (or, with MONGODB_URI set, a fresh database on that MongoDB), the benchmark
# portfolio generated inside it, API load from a second process, the staff dashboard and N debtor
# sessions in headless Chromium, the daily jobs timed; then a markdown table and a PNG chart.
#
#   infra/bench/run.sh                 # 1000 10000 100000 debtors
#   infra/bench/run.sh 1000 10000      # chosen sizes
#   infra/bench/run.sh --smoke         # 200 debtors, few requests: checks the harness in a minute or two
#   infra/bench/run.sh --import        # also the 100 000-row ERP import (ImportOf100000RowsIT, 256 MB heap)
#
# Knobs (environment): BENCH_REQUESTS (2000 per endpoint), BENCH_THREADS (4), BENCH_MAX_SECONDS (90 per
# endpoint), BENCH_SESSIONS (10 browsers; 0 skips the browser part), BENCH_ACCOUNTS (100), BENCH_PLANS (100), BENCH_INVOICES
# (average invoices per debtor: 10, but 3 from 100 000 debtors up), BENCH_HEAP (1g), BENCH_JOBS_TIMEOUT
# (900 s), BENCH_OUT (infra/bench/out/<time>), BENCH_DATABASE_IN_PROCESS (false: the embedded database runs
# as a process of its own, dev.saldo.portal.database.StandaloneDatabase, so that the portal's heap, and so
# the memory per session, holds only the portal; true runs it inside the portal as `run-portal.sh` does),
# BENCH_PORTAL_OPTS and BENCH_DATABASE_OPTS (extra JVM options, e.g. -XX:StartFlightRecording=filename=x.jfr to
# profile the daily jobs), BENCH_PROXY (haproxy: the browsers reach the portal through HAProxy, as in
# infra/compose.yaml, when haproxy is installed; none: straight to the portal's Tomcat).
# Figures land in $BENCH_OUT; nothing is committed by itself.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. .mvn/find-jdk.sh
java="$JAVA_HOME/bin/java"

smoke=false; import=false; sizes=()
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=true ;;
    --import) import=true ;;
    -h|--help) sed -n '2,19p' "$root/infra/bench/run.sh"; exit 0 ;;
    *) sizes+=("$arg") ;;
  esac
done
if $smoke; then
  [ ${#sizes[@]} -gt 0 ] || sizes=(200)
  : "${BENCH_REQUESTS:=200}" "${BENCH_SESSIONS:=2}" "${BENCH_ACCOUNTS:=20}" "${BENCH_MAX_SECONDS:=20}"
fi
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
requests=${BENCH_REQUESTS:-2000}; threads=${BENCH_THREADS:-4}; max_seconds=${BENCH_MAX_SECONDS:-90}
sessions=${BENCH_SESSIONS:-10}; accounts=${BENCH_ACCOUNTS:-100}; heap=${BENCH_HEAP:-1g}; plans=${BENCH_PLANS:-100}
jobs_timeout=${BENCH_JOBS_TIMEOUT:-900}
out="${BENCH_OUT:-$root/infra/bench/out/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
echo "Benchmark figures go to $out"

jar=portal/target/saldo-portal.jar
if [ ! -f "$jar" ] || [ -n "$(find portal/src/main shared-domain/src/main -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar (tests skipped)..."
  ./mvnw -B -q -ntp -pl portal -am package -DskipTests
fi

# The portals run a copy: a build during the run (another terminal, the test suite) must not change their jar.
cp "$jar" "$out/saldo-portal.jar"
jar="$out/saldo-portal.jar"

classpath_file="$root/infra/bench/out/.test-classpath"
browser_ready=false
if [ "$sessions" -gt 0 ] && command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  if [ ! -s "$classpath_file" ]; then
    ./mvnw -B -q -ntp -o -pl portal dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$classpath_file" >/dev/null || ./mvnw -B -q -ntp -pl portal dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
  fi
  browser_ready=true
else
  echo "No browser part (BENCH_SESSIONS=0, or chromium/chromedriver missing)."
fi

machine() {
  { echo "cores=$(nproc)"
    echo "memory=$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
    echo "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "jdk=$("$java" -version 2>&1 | head -n 1)"
    echo "started=$(date -u +%FT%TZ)"
  } > "$out/machine.properties"
}
machine

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

prop() { sed -n "s/^$2=//p" "$1" 2>/dev/null | tail -n 1; }

wait_for() { # file key timeout-seconds pid
  local waited=0
  until [ "$(prop "$1" "$2")" = true ]; do
    kill -0 "$4" 2>/dev/null || { echo "The portal stopped; see ${1%/*}/portal.log" >&2; return 1; }
    [ "$waited" -lt "$3" ] || { echo "Gave up waiting for $2 after $3 s" >&2; return 1; }
    sleep 2; waited=$((waited + 2))
  done
}

database_pid=""
stop_database() {
  [ -n "$database_pid" ] || return 0
  kill "$database_pid" 2>/dev/null || true
  wait "$database_pid" 2>/dev/null || true
  database_pid=""
}

proxy_pid=""
stop_proxy() {
  [ -n "$proxy_pid" ] || return 0
  kill "$proxy_pid" 2>/dev/null || true
  wait "$proxy_pid" 2>/dev/null || true
  proxy_pid=""
}

# The browsers' way in. Deployed, browsers never reach the portal's Tomcat themselves: HAProxy (compose) or the
# ingress (Kubernetes) holds their connections and keeps a few of its own to each portal. Straight to Tomcat,
# each browser holds about five connections, each with its socket buffers, which a debtor session then seems
# to cost. Sets browser_base, the URL the browsers open.
start_proxy() { # dir portal-port
  browser_base="http://127.0.0.1:$2"
  if [ "${BENCH_PROXY:-haproxy}" != haproxy ] || ! command -v haproxy >/dev/null; then
    echo "browser.via=the portal's Tomcat directly" >> "$1/load-average.properties"
    return
  fi
  local proxy_port
  proxy_port=$(free_port)
  cat > "$1/haproxy.cfg" <<EOF
defaults
    mode http
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    timeout http-request 15s
frontend web
    bind 127.0.0.1:$proxy_port
    default_backend portal
backend portal
    server portal 127.0.0.1:$2
EOF
  haproxy -db -f "$1/haproxy.cfg" > "$1/haproxy.log" 2>&1 &
  proxy_pid=$!
  for _ in $(seq 40); do (echo >"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null && break; sleep 0.25; done
  echo "browser.via=HAProxy $(haproxy -v | sed -n 's/^HAProxy version \([^ ]*\).*/\1/p'), as in infra/compose.yaml" >> "$1/load-average.properties"
  browser_base="http://127.0.0.1:$proxy_port"
}

portal_pid=""
stop_portal() {
  [ -n "$portal_pid" ] || return 0
  kill "$portal_pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$portal_pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$portal_pid" 2>/dev/null || true
  wait "$portal_pid" 2>/dev/null || true
  portal_pid=""
}
trap 'stop_proxy; stop_portal; stop_database; rm -f "$out/saldo-portal.jar"' EXIT

for size in "${sizes[@]}"; do
  dir="$out/$size"; mkdir -p "$dir"
  # A reused BENCH_OUT must not hand this run an earlier run's "ready" or figures.
  rm -f "$dir"/portal.properties* "$dir"/load.properties "$dir"/browser.properties "$dir"/*.png "$dir"/sessions-histogram.txt
  data="$(mktemp -d "${TMPDIR:-/tmp}/saldo-bench-data.XXXXXX")"
  port=$(free_port)
  invoices=${BENCH_INVOICES:-$([ "$size" -ge 100000 ] && echo 3 || echo 10)}
  database_args=()
  if [ -n "${MONGODB_URI:-}" ]; then
    database_args=(--spring.mongodb.database="saldo_bench_${size}_$(date +%s)")
    echo "== $size debtors on the MongoDB of MONGODB_URI (a fresh database), $invoices invoices each on average"
  elif [ "${BENCH_DATABASE_IN_PROCESS:-false}" = true ]; then
    echo "== $size debtors on a fresh embedded database in $data (inside the portal), $invoices invoices each on average"
  else
    db_port=$(free_port)
    "$java" -Xmx4g -XX:+UseG1GC ${BENCH_DATABASE_OPTS:-} -cp "$jar" -Dloader.main=dev.saldo.portal.database.StandaloneDatabase \
      org.springframework.boot.loader.launch.PropertiesLauncher "$data/saldo.mv.db" "$db_port" > "$dir/database.log" 2>&1 &
    database_pid=$!
    for _ in $(seq 60); do grep -q "Database ready" "$dir/database.log" && break; sleep 0.5; done
    grep -q "Database ready" "$dir/database.log" || { echo "The database did not start; see $dir/database.log" >&2; exit 1; }
    database_args=(--spring.mongodb.uri="mongodb://127.0.0.1:$db_port" --spring.mongodb.database=saldo)
    echo "== $size debtors on a fresh embedded database in $data (its own process), $invoices invoices each on average"
  fi
  { echo "uptime.before=$(uptime)"; echo "invoices.per.debtor=$invoices"; } > "$dir/load-average.properties"
  started=$(date +%s)
  "$java" -Xmx"$heap" -XX:+UseG1GC ${BENCH_PORTAL_OPTS:-} -jar "$jar" --server.port="$port" --saldo.demo.enabled=false \
    --saldo.database.data-dir="$data" "${database_args[@]}" \
    --saldo.bench.debtors="$size" --saldo.bench.invoices-per-debtor="$invoices" --saldo.bench.accounts="$accounts" --saldo.bench.plans="$plans" \
    --saldo.bench.report="$dir/portal.properties" \
    --saldo.api.rate-limit.requests-per-client=1000000000 --saldo.api.rate-limit.requests-per-address=1000000000 \
    --spring.main.banner-mode=off > "$dir/portal.log" 2>&1 &
  portal_pid=$!
  echo "$portal_pid" > "$dir/portal.pid"
  wait_for "$dir/portal.properties" ready 7200 "$portal_pid"
  echo "   generated in $(( $(date +%s) - started )) s: $(prop "$dir/portal.properties" invoices) invoices"
  base="http://127.0.0.1:$port"
  "$java" infra/bench/LoadGen.java "$base" "$(prop "$dir/portal.properties" accounts)" "$requests" "$threads" \
    "$max_seconds" "$dir/load.properties" | sed 's/^/   /'
  if $browser_ready; then
    start_proxy "$dir" "$port"
    "$java" -cp "$(cat "$classpath_file")" infra/bench/Browser.java "$browser_base" "$portal_pid" \
      "$(( sessions < accounts ? sessions : accounts ))" "$dir/browser.properties" "$dir" 2>"$dir/browser.log" | sed 's/^/   /' \
      || echo "   browser part failed: see $dir/browser.log"
    stop_proxy
  fi
  touch "$dir/portal.properties.run-jobs"
  wait_for "$dir/portal.properties" jobs.done "$jobs_timeout" "$portal_pid" || echo "   daily jobs unfinished: figures so far kept"
  grep '^jobs\.' "$dir/portal.properties" | sort | sed 's/^/   /' || true
  echo "uptime.after=$(uptime)" >> "$dir/load-average.properties"
  stop_portal
  stop_database
  rm -rf "$data"
done

if $import; then
  echo "== 100 000-row ERP import (ImportOf100000RowsIT, 256 MB heap)"
  echo "uptime.before=$(uptime)" > "$out/import.properties"
  ./mvnw -B -ntp -o -pl portal -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ImportOf100000RowsIT -Dsaldo.benchmark=true -DargLine=-Xmx256m > "$out/import.log" 2>&1 || true
  sed -n 's/.*BENCHMARK import of \([0-9]*\) rows: \([0-9]*\) s, \([0-9]*\) rows\/s, peak heap \([0-9]*\) MB.*/import.rows=\1\nimport.seconds=\2\nimport.rps=\3\nimport.peak.mb=\4/p' \
    "$out/import.log" >> "$out/import.properties"
  echo "uptime.after=$(uptime)" >> "$out/import.properties"
  cat "$out/import.properties"
fi

"$java" infra/bench/Report.java "$out" | tee "$out/results.md"
echo "Table: $out/results.md  Chart: $out/chart.png"
