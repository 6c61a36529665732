package dev.saldo.portal.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A job that fires every second on every instance and records, per second, which instances ran it: once
 * with {@code @SchedulerLock}, and once without as the control that shows what the lock prevents. Not a
 * component: only the test that starts two portals registers it.
 */
public class TickJobs {

    static final Map<Long, List<String>> LOCKED = new ConcurrentHashMap<>();
    static final Map<Long, List<String>> UNLOCKED = new ConcurrentHashMap<>();

    private final String instance;

    public TickJobs(@Value("${saldo.test.instance}") String instance) {
        this.instance = instance;
    }

    @Scheduled(cron = "* * * * * *")
    @SchedulerLock(name = "test-tick", lockAtLeastFor = "PT0.5S", lockAtMostFor = "PT0.9S")
    public void lockedTick() {
        record(LOCKED);
    }

    @Scheduled(cron = "* * * * * *")
    public void controlTick() {
        record(UNLOCKED);
    }

    private void record(Map<Long, List<String>> ticks) {
        ticks.computeIfAbsent(Instant.now().getEpochSecond(), second -> new CopyOnWriteArrayList<>()).add(instance);
    }
}
