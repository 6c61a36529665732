package dev.saldo.portal.staff.figures;

import java.time.Clock;
import java.time.LocalDate;

import dev.saldo.portal.staff.StaffSettings;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures current without anyone asking: at start-up (after the demo seeder) they are built
 * if missing, or rebuilt if configured, and caught up to today; every night the aging roll moves them on.
 */
@Component
class FigureJobs {

    private final RunningFigures running;
    private final FigureRebuild rebuild;
    private final StaffSettings settings;
    private final Clock clock;

    FigureJobs(RunningFigures running, FigureRebuild rebuild, StaffSettings settings, Clock clock) {
        this.running = running;
        this.rebuild = rebuild;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (settings.rebuildFiguresOnStart() || running.asOf().isEmpty()) {
            rebuild.rebuild();
        } else {
            running.rollTo(LocalDate.now(clock));
        }
    }

    @Scheduled(cron = "${saldo.staff.aging-roll-cron:0 5 0 * * *}", zone = "${saldo.time-zone:America/Santiago}")
    @SchedulerLock(name = "staff-aging-roll", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightlyRoll() {
        running.rollTo(LocalDate.now(clock));
    }
}
