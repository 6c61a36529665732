package dev.saldo.portal.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.saldo.portal.SaldoApplication;
import dev.saldo.portal.database.OnceOnly;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal instances on one MongoDB, as in production behind the proxy: a locked scheduled job runs once
 * per tick across both, and a claimed event is acted on by exactly one of them.
 */
class TwoInstancesIT {

    private static MongoServer mongo;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoPortalsOnOneDatabase() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        var uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        first = start(uri, "a");
        second = start(uri, "b");
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void a_locked_scheduled_job_runs_once_per_tick_across_two_instances() throws InterruptedException {
        TickJobs.LOCKED.clear();
        TickJobs.UNLOCKED.clear();
        Thread.sleep(6_500);

        var locked = snapshot(TickJobs.LOCKED);
        var unlocked = snapshot(TickJobs.UNLOCKED);
        assertThat(locked).as("ticks that ran the locked job").hasSizeGreaterThanOrEqualTo(4);
        locked.forEach(runs -> assertThat(runs).as("instances that ran one tick of the locked job").hasSize(1));
        // The control proves both instances really fire every tick: without the lock, a tick runs twice.
        assertThat(unlocked).anySatisfy(runs -> assertThat(runs).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void the_same_event_delivered_to_both_instances_is_acted_on_exactly_once() throws Exception {
        var onFirst = first.getBean(OnceOnly.class);
        var onSecond = second.getBean(OnceOnly.class);
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int event = 0; event < 20; event++) {
                var key = "evt_" + event;
                var claims = new ArrayList<Callable<Boolean>>();
                for (int delivery = 0; delivery < 4; delivery++) {
                    var instance = delivery % 2 == 0 ? onFirst : onSecond;
                    claims.add(() -> instance.claim("stripe-event", key));
                }
                var winners = pool.invokeAll(claims).stream().filter(f -> {
                    try {
                        return f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
                assertThat(winners).as(key).isEqualTo(1);
            }
        }
        assertThat(onFirst.claim("stripe-event", "evt_new")).isTrue();
        assertThat(onSecond.claim("stripe-event", "evt_new")).isFalse();
        assertThat(onSecond.claim("other-scope", "evt_new")).isTrue();
    }

    private static List<List<String>> snapshot(java.util.Map<Long, List<String>> ticks) {
        return ticks.values().stream().map(List::copyOf).toList();
    }

    private static ConfigurableApplicationContext start(String uri, String instance) {
        return new SpringApplicationBuilder(SaldoApplication.class, TickJobs.class)
                .run("--spring.mongodb.uri=" + uri, "--saldo.test.instance=" + instance, "--server.port=0",
                        "--saldo.demo.enabled=false", "--logging.level.root=warn",
                        "--management.health.mongo.enabled=false");
    }
}
