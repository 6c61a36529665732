package dev.saldo.portal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URLClassLoader;
import java.nio.file.Path;

import javax.tools.ToolProvider;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container's health check program, compiled as the Dockerfile compiles it, against a real HTTP server. */
class HealthCheckTest {

    @Test
    void the_health_check_passes_on_2xx_and_fails_on_errors_or_no_answer(@TempDir Path classes) throws Exception {
        var source = DeploymentFiles.ROOT.resolve("infra/docker/HealthCheck.java");
        var compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "--release", "21", "-d", classes.toString(), source.toString())).isZero();

        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/up", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Method isHealthy = loader.loadClass("HealthCheck").getDeclaredMethod("isHealthy", String.class);
            isHealthy.setAccessible(true);
            var base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat((Boolean) isHealthy.invoke(null, base + "/up")).isTrue();
            assertThat((Boolean) isHealthy.invoke(null, base + "/down")).isFalse();
            server.stop(0);
            assertThat((Boolean) isHealthy.invoke(null, base + "/up")).isFalse();
        } finally {
            server.stop(0);
        }
    }
}
