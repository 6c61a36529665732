# syntax=docker/dockerfile:1
# Saldo portal image. Not built on the development machines (they have no Docker engine): kept correct
# by review and by DockerfileTest. Build from the repository root:
#   docker build -t saldo-portal .
# Run (production profile, real MongoDB replica set):
#   docker run -p 8080:8080 -e MONGODB_URI='mongodb://…/?replicaSet=rs0' saldo-portal

# ---- build: the Maven wrapper on a JDK 21; the Vaadin production bundle is built during `package` ----
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
# Poms first, so dependency downloads stay cached while only sources change.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY shared-domain/pom.xml shared-domain/
COPY portal/pom.xml portal/
COPY mobile/pom.xml mobile/
RUN ./mvnw -B -ntp -q -pl portal -am dependency:go-offline -DskipTests || true
COPY shared-domain/ shared-domain/
COPY portal/ portal/
RUN ./mvnw -B -ntp -pl portal -am package -DskipTests \
 && mkdir -p /out \
 && cp portal/target/saldo-portal.jar /out/saldo-portal.jar
# The health check is a tiny Java program: the JRE image needs no curl or wget.
COPY infra/docker/HealthCheck.java /src/healthcheck/
RUN javac --release 21 -d /out/healthcheck /src/healthcheck/HealthCheck.java

# ---- runtime: JRE 21, unprivileged user, read-only friendly (only /tmp and /app/data are written) ----
FROM eclipse-temurin:21-jre AS runtime
RUN groupadd --system --gid 10001 saldo \
 && useradd --system --uid 10001 --gid saldo --home-dir /app --shell /usr/sbin/nologin saldo \
 && mkdir -p /app/data \
 && chown -R saldo:saldo /app
WORKDIR /app
COPY --from=build --chown=saldo:saldo /out/saldo-portal.jar /app/saldo-portal.jar
COPY --from=build --chown=saldo:saldo /out/healthcheck/ /app/healthcheck/
ENV SPRING_PROFILES_ACTIVE=prod \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=8081 \
    SALDO_DATA_DIR=/app/data \
    VAADIN_USAGE_STATS_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
# 8080: the portal (behind the proxy); 8081: actuator probes and Prometheus, never routed publicly.
EXPOSE 8080 8081
USER saldo
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD java -XX:TieredStopAtLevel=1 -Xshare:auto -cp /app/healthcheck HealthCheck "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-8081}/actuator/health/liveness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/saldo-portal.jar"]
