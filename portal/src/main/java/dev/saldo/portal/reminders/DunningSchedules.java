package dev.saldo.portal.reminders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import dev.saldo.domain.reminder.DunningSchedule;
import dev.saldo.domain.reminder.DunningStep;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Dunning schedules per portfolio (a portfolio is a currency, as for fee rules and plan policies). Until a
 * supervisor saves one, a currency has the default steps with the bundles' texts.
 */
@Service
public class DunningSchedules {

    /** The schedule was refused; {@code step} is the index of the wrong step (−1: the whole schedule). */
    public static final class InvalidSchedule extends RuntimeException {

        private final int step;
        private final String messageKey;

        InvalidSchedule(int step, String messageKey) {
            super("Invalid dunning schedule: " + messageKey + " at step " + step);
            this.step = step;
            this.messageKey = messageKey;
        }

        public int step() {
            return step;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final MongoTemplate mongo;
    private final ReminderTemplates templates;
    private final ReminderCursors cursors;
    private final SendingDays sendingDays;
    private final AuditLog audit;
    private final Clock clock;

    DunningSchedules(MongoTemplate mongo, ReminderTemplates templates, ReminderCursors cursors, SendingDays sendingDays,
            AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.templates = templates;
        this.cursors = cursors;
        this.sendingDays = sendingDays;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ScheduleStep> stepsFor(Currency currency) {
        var saved = mongo.findById(currency.getCurrencyCode(), DunningScheduleRecord.class);
        return saved != null ? saved.steps() : defaults();
    }

    public List<ScheduleStep> defaults() {
        return DunningSchedule.defaults().steps().stream().map(templates::defaultStep).toList();
    }

    public boolean isCustomised(Currency currency) {
        return mongo.findById(currency.getCurrencyCode(), DunningScheduleRecord.class) != null;
    }

    DunningSchedule scheduleFor(Currency currency) {
        return new DunningSchedule(stepsFor(currency).stream().map(ScheduleStep::rule).toList());
    }

    ScheduleStep step(Currency currency, int offsetDays) {
        return stepsFor(currency).stream().filter(s -> s.offsetDays() == offsetDays).findFirst().orElseThrow();
    }

    /** Saves the steps and keeps the portfolio's sending days as they are. */
    public void save(Currency currency, List<ScheduleStep> steps, String supervisor) {
        save(currency, steps, sendingDays.calendarFor(currency), supervisor);
    }

    /**
     * Checks and saves the whole schedule in one write, then the sending days in another; throws
     * {@link InvalidSchedule} and saves nothing when a step is wrong. Invoices of the currency are planned again
     * on the next run, so a new earlier step counts; a step already planned for an invoice is never planned
     * again. The audit log gets who saved which portfolio and what changed.
     */
    public void save(Currency currency, List<ScheduleStep> steps, SendingCalendar calendar, String supervisor) {
        if (steps.isEmpty()) {
            throw new InvalidSchedule(-1, "reminders.error.no-steps");
        }
        var rules = new ArrayList<DunningStep>();
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            try {
                rules.add(step.rule());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidSchedule(i, step.channels().isEmpty() ? "reminders.error.channel-required"
                        : "reminders.error.offset-range");
            }
            for (var language : ReminderTemplates.LANGUAGES) {
                var problem = ReminderTemplates.problem(step.templates().get(language));
                if (problem != null) {
                    throw new InvalidSchedule(i, problem);
                }
            }
        }
        if (rules.stream().map(DunningStep::offsetDays).distinct().count() != rules.size()) {
            throw new InvalidSchedule(-1, "reminders.error.same-day");
        }
        var existing = mongo.findById(currency.getCurrencyCode(), DunningScheduleRecord.class);
        var beforeSteps = existing == null ? defaults() : existing.steps();
        var beforeDays = sendingDays.calendarFor(currency);
        var sorted = steps.stream().sorted(java.util.Comparator.comparingInt(ScheduleStep::offsetDays))
                .map(s -> new ScheduleStep(s.offsetDays(), s.tone(), s.channels(), Map.copyOf(s.templates()))).toList();
        mongo.save(new DunningScheduleRecord(currency.getCurrencyCode(), sorted, supervisor, clock.instant(),
                existing == null ? null : existing.version()));
        sendingDays.save(currency, calendar, supervisor);
        audit.record(supervisor, AuditAction.DUNNING_SCHEDULE_CHANGE, currency.getCurrencyCode(),
                ScheduleChanges.describe(beforeSteps, beforeDays),
                ScheduleChanges.between(beforeSteps, beforeDays, sorted, calendar));
        cursors.replanCurrency(currency);
    }
}
