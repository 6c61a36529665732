package dev.saldo.portal.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.saldo.portal.fee.LateFees;
import dev.saldo.portal.plan.PlanLifecycle;
import dev.saldo.portal.reminders.ReminderPlanner;
import dev.saldo.portal.staff.figures.FigureRebuild;
import dev.saldo.portal.staff.figures.PortfolioDashboard;
import dev.saldo.portal.staff.figures.RunningFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Times the daily jobs and the dashboard's own computation on the benchmark portfolio when the harness
 * asks (it creates {@code <report>.run-jobs}), each figure written as soon as it is measured so a job
 * that runs for ever still leaves the others. Calls the jobs' own {@code runFor(day)} methods, the
 * same code their {@code @Scheduled} methods run; some days are in the future, which changes the
 * throw-away benchmark database and nothing else.
 */
@Component
@ConditionalOnProperty(prefix = "saldo.bench", name = "debtors")
class BenchJobs {

    private static final Logger log = LoggerFactory.getLogger(BenchJobs.class);

    private final BenchSettings settings;
    private final BenchReport report;
    private final LateFees fees;
    private final PlanLifecycle lifecycle;
    private final ReminderPlanner reminders;
    private final FigureRebuild rebuild;
    private final RunningFigures running;
    private final PortfolioDashboard dashboard;
    private final Clock clock;

    BenchJobs(BenchSettings settings, BenchReport report, LateFees fees, PlanLifecycle lifecycle, ReminderPlanner reminders,
            FigureRebuild rebuild, RunningFigures running, PortfolioDashboard dashboard, Clock clock) {
        this.settings = settings;
        this.report = report;
        this.fees = fees;
        this.lifecycle = lifecycle;
        this.reminders = reminders;
        this.rebuild = rebuild;
        this.running = running;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** After the start-up work (the figures' first rebuild included), so the harness measures a quiet portal. */
    @EventListener
    void watchForTheHarness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || settings.report() == null) {
            return;
        }
        var trigger = Path.of(settings.report() + ".run-jobs");
        var watcher = new Thread(() -> {
            try {
                while (!Files.exists(trigger)) {
                    Thread.sleep(250);
                }
                runAll(LocalDate.now(clock));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Benchmark job timing failed", e);
                report.put("jobs.error", String.valueOf(e));
            }
        }, "bench-jobs");
        watcher.setDaemon(true);
        watcher.start();
        report.put("ready", "true");
    }

    void runAll(LocalDate today) {
        // Quick ones first: on the embedded database the fee job can outlast the harness's patience.
        time("dashboard", () -> dashboard.figures().stream().mapToInt(f -> dashboard.history(f).size()).sum());
        time("lifecycle.today", () -> lifecycle.runFor(today).brokenPlans());
        time("lifecycle.day45", () -> lifecycle.runFor(today.plusDays(45)).brokenPlans());
        // The first run plans every reminder the generated history left due: a backlog, as after an import,
        // bounded like the daily run's (a large one is planned over several runs). When it gets through, the
        // second finds nothing more to do (what an idle day costs) and the next day's is a day's ordinary work.
        var first = timeRun("reminders.today", () -> reminders.runFor(today, PLANNER_LONGEST));
        if (first.finished()) {
            time("reminders.again", () -> reminders.runFor(today));
            time("reminders.next-day", () -> reminders.runFor(today.plusDays(1)));
        }
        time("roll.next-day", () -> running.rollTo(today.plusDays(1)));
        time("rebuild", () -> rebuild.rebuild().invoices());
        time("fees.first", () -> fees.runFor(today).invoices());
        time("fees.again", () -> fees.runFor(today).invoices());
        time("fees.next-day", () -> fees.runFor(today.plusDays(1)).invoices());
        report.put("jobs.done", "true");
    }

    /** The benchmark's bound on the reminder planner's first run: what a day's run may take, scaled down. */
    private static final Duration PLANNER_LONGEST = Duration.ofMinutes(4);

    private ReminderPlanner.Run timeRun(String name, Supplier<ReminderPlanner.Run> job) {
        var run = time(name, job, ReminderPlanner.Run::written);
        report.put("jobs." + name + ".finished", String.valueOf(run.finished()));
        return run;
    }

    /** Runs one job, recording seconds and what it reports having handled (invoices, plans…). */
    private void time(String name, Supplier<Number> job) {
        time(name, job, handled -> handled);
    }

    private <T> T time(String name, Supplier<T> job, Function<T, Number> handledOf) {
        var started = System.nanoTime();
        var result = job.get();
        var handled = handledOf.apply(result);
        report.put("jobs." + name + ".seconds", BenchSeeder.seconds(started));
        report.put("jobs." + name + ".handled", String.valueOf(handled));
        log.info("Benchmark: {} took {} s ({} handled)", name, report.get("jobs." + name + ".seconds"), handled);
        return result;
    }
}
