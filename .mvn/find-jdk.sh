# Sourced by ./mvnw and the scripts in infra/: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: JAVA_HOME when it is 21+, then the Temurin JDKs these machines ship, then any JDK under /usr/lib/jvm.
saldo_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/^[^"]*"\([0-9][0-9]*\).*/\1/p' | head -n 1
}
saldo_find_jdk() {
  for candidate in "${JAVA_HOME-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(saldo_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}
if SALDO_JDK=$(saldo_find_jdk); then
  JAVA_HOME=$SALDO_JDK
  export JAVA_HOME
else
  echo "Saldo needs a JDK 21 or newer: set JAVA_HOME to one (none found under /usr/lib/jvm)." >&2
  exit 1
fi
