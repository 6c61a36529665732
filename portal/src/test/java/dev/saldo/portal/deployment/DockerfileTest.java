package dev.saldo.portal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Dockerfile cannot be built on these machines (no Docker engine), so its essentials are checked by
 * parsing it: a multi-stage build, a non-root user before the process starts, the port, the health check.
 */
class DockerfileTest {

    record Instruction(String keyword, String arguments) {
    }

    private final List<Instruction> instructions = parse(DeploymentFiles.read("Dockerfile"));

    @Test
    void it_is_a_multi_stage_build_whose_runtime_is_a_java_21_or_newer_jre() {
        var stages = all("FROM");
        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.getFirst()).matches("eclipse-temurin:(2[1-9]|[3-9][0-9])-jdk\\S* AS build");
        assertThat(stages.getLast()).matches("eclipse-temurin:(2[1-9]|[3-9][0-9])-jre\\S* AS runtime");
        assertThat(all("RUN")).anyMatch(run -> run.contains("./mvnw") && run.contains("package"));
        assertThat(all("COPY")).anyMatch(copy -> copy.startsWith("--from=build") && copy.contains("saldo-portal.jar"));
    }

    @Test
    void the_runtime_stage_switches_to_a_non_root_user_before_it_starts_the_portal() {
        var runtime = runtimeStage();
        var user = indexOf(runtime, "USER");
        var entrypoint = Math.max(indexOf(runtime, "ENTRYPOINT"), indexOf(runtime, "CMD"));
        assertThat(user).as("USER in the runtime stage").isNotNegative();
        assertThat(entrypoint).as("ENTRYPOINT or CMD in the runtime stage").isGreaterThan(user);
        var name = runtime.get(user).arguments().trim();
        assertThat(name).isNotIn("root", "0", "0:0").doesNotStartWith("root:").doesNotStartWith("0:");
        assertThat(runtime.stream().skip(user + 1L).filter(i -> i.keyword().equals("USER")))
                .as("no later switch back").isEmpty();
    }

    @Test
    void it_exposes_the_portal_port_and_checks_liveness_with_a_tool_the_runtime_image_has() {
        var runtime = runtimeStage();
        assertThat(runtime).anyMatch(i -> i.keyword().equals("EXPOSE") && List.of(i.arguments().split("\\s+")).contains("8080"));
        var healthcheck = runtime.stream().filter(i -> i.keyword().equals("HEALTHCHECK")).findFirst().orElseThrow();
        assertThat(healthcheck.arguments()).contains("CMD").contains("/actuator/health/liveness");
        // The JRE image has no curl/wget guarantee: the check is a compiled Java program copied in.
        assertThat(healthcheck.arguments()).contains("java").contains("HealthCheck");
        assertThat(runtime).anyMatch(i -> i.keyword().equals("COPY") && i.arguments().contains("healthcheck"));
    }

    @Test
    void the_image_runs_the_production_profile() {
        assertThat(runtimeStage()).anyMatch(i -> i.keyword().equals("ENV") && i.arguments().contains("SPRING_PROFILES_ACTIVE=prod"));
    }

    @Test
    void the_parser_sees_through_line_continuations_and_comments() {
        var parsed = parse("# a comment\nFROM a AS b\nRUN one \\\n  && two\n\nUSER x\n");
        assertThat(parsed).containsExactly(new Instruction("FROM", "a AS b"), new Instruction("RUN", "one && two"),
                new Instruction("USER", "x"));
    }

    private List<Instruction> runtimeStage() {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                last = i;
            }
        }
        return instructions.subList(last, instructions.size());
    }

    private List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    private static int indexOf(List<Instruction> stage, String keyword) {
        int found = -1;
        for (int i = 0; i < stage.size(); i++) {
            if (stage.get(i).keyword().equals(keyword)) {
                found = i;
            }
        }
        return found;
    }

    private static final Pattern INSTRUCTION = Pattern.compile("([A-Za-z]+)\\s+(.*)", Pattern.DOTALL);

    static List<Instruction> parse(String dockerfile) {
        var result = new ArrayList<Instruction>();
        var current = new StringBuilder();
        for (var line : dockerfile.split("\n")) {
            var trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            var matcher = INSTRUCTION.matcher(current.toString().strip());
            if (matcher.matches()) {
                result.add(new Instruction(matcher.group(1).toUpperCase(), matcher.group(2).strip().replaceAll("[ \\t]+", " ")));
            }
            current.setLength(0);
        }
        return result;
    }
}
