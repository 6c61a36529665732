package dev.saldo.portal.deployment;

import static dev.saldo.portal.deployment.DeploymentFiles.list;
import static dev.saldo.portal.deployment.DeploymentFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Kubernetes manifests, parsed: they are not applied from here, so their essentials are checked. */
class KubernetesManifestsTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|TOKEN|KEY|MONGODB_URI).*");

    private final List<Map<String, Object>> resources = loadAll();

    @Test
    void the_deployment_runs_at_least_two_replicas_with_actuator_probes() {
        var deployment = one("Deployment");
        assertThat((Integer) map(deployment, "spec").get("replicas")).isGreaterThanOrEqualTo(2);
        var container = container();
        assertThat(map(container, "livenessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
        assertThat(map(container, "readinessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/readiness");
        assertThat(map(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat(map(container, "resources", "limits")).containsKeys("cpu", "memory");
    }

    @Test
    void the_container_runs_as_non_root_on_a_read_only_root_filesystem_with_a_writable_tmp() {
        var security = map(container(), "securityContext");
        assertThat(security.get("runAsNonRoot")).isEqualTo(true);
        assertThat(security.get("readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(security.get("allowPrivilegeEscalation")).isEqualTo(false);
        assertThat((Integer) map(podSpec(), "securityContext").get("runAsUser")).isPositive();
        var tmp = list(container(), "volumeMounts").stream().filter(m -> "/tmp".equals(m.get("mountPath"))).findFirst().orElseThrow();
        var volume = list(podSpec(), "volumes").stream().filter(v -> tmp.get("name").equals(v.get("name"))).findFirst().orElseThrow();
        assertThat(volume).containsKey("emptyDir");
    }

    @Test
    void secrets_reach_the_pod_only_through_secret_key_refs() {
        var env = list(container(), "env");
        var names = new ArrayList<String>();
        for (var variable : env) {
            var name = (String) variable.get("name");
            names.add(name);
            if (SECRET_NAME.matcher(name).matches()) {
                assertThat(variable).as(name).doesNotContainKey("value");
                assertThat(map(variable, "valueFrom")).as(name).containsKey("secretKeyRef");
            }
        }
        assertThat(names).contains("MONGODB_URI", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "SALDO_IDENTITY_CLIENT_SECRET");
        var config = map(one("ConfigMap"), "data");
        assertThat(config.keySet()).noneMatch(key -> SECRET_NAME.matcher(key).matches());
        assertThat(config).containsKey("SALDO_IDENTITY_ISSUER_URI");
        assertThat(resources).noneMatch(r -> "Secret".equals(r.get("kind")));
        assertThat(resources).as("MongoDB is external (replica set or Atlas), not a home-made StatefulSet")
                .noneMatch(r -> "StatefulSet".equals(r.get("kind")));
    }

    @Test
    void the_ingress_keeps_each_browser_on_one_pod_with_a_cookie() {
        var annotations = map(one("Ingress"), "metadata", "annotations");
        assertThat(annotations.get("nginx.ingress.kubernetes.io/affinity")).isEqualTo("cookie");
        assertThat(annotations).containsKey("nginx.ingress.kubernetes.io/session-cookie-name");
        var servicePorts = list(map(one("Service"), "spec"), "ports");
        assertThat(servicePorts).as("the management port is never routed").noneMatch(p -> "management".equals(p.get("targetPort")));
    }

    @Test
    void the_autoscaler_never_goes_below_two_pods() {
        var spec = map(one("HorizontalPodAutoscaler"), "spec");
        assertThat((Integer) spec.get("minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) spec.get("maxReplicas")).isGreaterThan((Integer) spec.get("minReplicas"));
        assertThat(map(spec, "scaleTargetRef").get("name")).isEqualTo(map(one("Deployment"), "metadata").get("name"));
    }

    @Test
    void kustomize_lists_every_manifest_in_the_folder() throws IOException {
        var kustomization = DeploymentFiles.yaml("infra/k8s/kustomization.yaml").getFirst();
        @SuppressWarnings("unchecked")
        var listed = (List<String>) kustomization.get("resources");
        try (var files = Files.list(DeploymentFiles.ROOT.resolve("infra/k8s"))) {
            var manifests = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    private Map<String, Object> one(String kind) {
        var matching = resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
        assertThat(matching).as(kind).hasSize(1);
        return matching.getFirst();
    }

    private Map<String, Object> podSpec() {
        return map(one("Deployment"), "spec", "template", "spec");
    }

    private Map<String, Object> container() {
        return list(podSpec(), "containers").getFirst();
    }

    private static List<Map<String, Object>> loadAll() {
        var all = new ArrayList<Map<String, Object>>();
        try (var files = Files.list(DeploymentFiles.ROOT.resolve("infra/k8s"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    all.addAll(DeploymentFiles.yaml("infra/k8s/" + file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all;
    }
}
