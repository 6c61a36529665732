package dev.saldo.portal.deployment;

import static dev.saldo.portal.deployment.DeploymentFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The compose stack has the shape the issue asks for; it cannot be started here (no Docker engine). */
class ComposeStackTest {

    private final Map<String, Object> compose = DeploymentFiles.yaml("infra/compose.yaml").getFirst();
    private final Map<String, Object> services = map(compose, "services");

    @Test
    void mongodb_runs_as_a_three_member_replica_set_that_an_init_container_initiates() {
        var members = services.entrySet().stream()
                .filter(e -> String.valueOf(asMap(e.getValue()).get("image")).startsWith("mongo:"))
                .filter(e -> String.valueOf(asMap(e.getValue()).get("command")).contains("--replSet"))
                .map(Map.Entry::getKey).toList();
        assertThat(members).hasSize(3);
        var init = String.valueOf(map(services, "mongo-init").get("command"));
        assertThat(init).contains("rs.initiate");
        members.forEach(member -> assertThat(init).contains(member + ":27017"));
    }

    @Test
    void two_portal_instances_use_the_replica_set_and_the_production_profile() {
        var portals = services.entrySet().stream()
                .filter(e -> asMap(e.getValue()).containsKey("build")).toList();
        assertThat(portals).hasSize(2);
        for (var portal : portals) {
            var environment = map(portal.getValue(), "environment");
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
            assertThat(String.valueOf(environment.get("MONGODB_URI"))).contains("replicaSet=rs0")
                    .contains("mongo1:27017,mongo2:27017,mongo3:27017");
            assertThat(asMap(portal.getValue())).as("portals are only reached through the proxy").doesNotContainKey("ports");
        }
    }

    @Test
    void keycloak_imports_the_saldo_realm_and_mailpit_catches_email() {
        var keycloak = map(services, "keycloak");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        assertThat(String.valueOf(keycloak.get("volumes"))).contains("./keycloak/realm-saldo.json:/opt/keycloak/data/import/");
        assertThat(DeploymentFiles.ROOT.resolve("infra/keycloak/realm-saldo.json")).exists();
        assertThat(String.valueOf(map(services, "mailpit").get("image"))).startsWith("axllent/mailpit");
    }

    @Test
    void the_proxy_balances_both_portals_with_a_sticky_cookie_and_checks_their_readiness() {
        var proxy = map(services, "proxy");
        assertThat(String.valueOf(proxy.get("volumes"))).contains("./haproxy/haproxy.cfg");
        var config = DeploymentFiles.read("infra/haproxy/haproxy.cfg");
        assertThat(config).containsPattern("(?m)^\\s*cookie SALDO_NODE insert\\b");
        assertThat(config).containsPattern("(?m)^\\s*server portal1 portal1:8080 .*cookie portal1");
        assertThat(config).containsPattern("(?m)^\\s*server portal2 portal2:8080 .*cookie portal2");
        assertThat(config).contains("/actuator/health/readiness");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
