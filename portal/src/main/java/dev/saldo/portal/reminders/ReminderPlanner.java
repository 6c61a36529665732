package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.PromiseStatus;
import dev.saldo.domain.reminder.DebtorDunning;
import dev.saldo.domain.reminder.DunningSchedule;
import dev.saldo.domain.reminder.InstallmentReminders;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceRow;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanNotFoundException;
import dev.saldo.portal.plan.PromiseDesk;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The daily planner: reads the cursors whose next action is due, decides which reminder each needs today
 * and writes it, rendered, to the outbox under its unique key. A debtor gets one dunning message at a time
 * listing everything they are reminded of (see {@link DebtorDunning}). Paid, disputed and escalated
 * invoices, and those in a plan or under a promise, get no dunning; a plan's installments and a promise get
 * their own reminders.
 */
@Service
public class ReminderPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);
    private static final int BATCH = 200;
    private static final List<Channel> ARRANGEMENT_CHANNELS = List.of(Channel.EMAIL, Channel.WHATSAPP, Channel.SMS);

    private final ReminderCursors cursors;
    private final ReminderWriter writer;
    private final DunningSchedules schedules;
    private final ReminderTemplates templates;
    private final InvoiceBook invoices;
    private final PlanDesk plans;
    private final PromiseDesk promises;
    private final List<DunningHold> holds;
    private final Clock clock;
    private final Duration longest;

    ReminderPlanner(ReminderCursors cursors, ReminderWriter writer, DunningSchedules schedules,
            ReminderTemplates templates, InvoiceBook invoices, PlanDesk plans, PromiseDesk promises,
            List<DunningHold> holds, Clock clock, ReminderSettings settings) {
        this.longest = settings.planLongest();
        this.cursors = cursors;
        this.writer = writer;
        this.schedules = schedules;
        this.templates = templates;
        this.invoices = invoices;
        this.plans = plans;
        this.promises = promises;
        this.holds = List.copyOf(holds);
        this.clock = clock;
    }

    @Scheduled(cron = "${saldo.reminders.plan-cron:0 0 8 * * *}", zone = "${saldo.time-zone:America/Santiago}")
    @SchedulerLock(name = "reminder-planner", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        var run = runFor(LocalDate.now(clock), longest);
        if (run.finished()) {
            log.info("Reminder planner: {} reminder(s) written to the outbox", run.written());
        } else {
            log.warn("Reminder planner: {} reminder(s) written to the outbox; stopped after {}, the rest is planned on "
                    + "the next run", run.written(), longest);
        }
    }

    /** What one run did: reminders written, and whether it got through everything due. */
    public record Run(int written, boolean finished) {
    }

    /** Plans every cursor due by {@code today}; returns how many reminders were written. */
    public int runFor(LocalDate today) {
        return runFor(today, longest).written();
    }

    /**
     * Plans the cursors due by {@code today}, earliest first, until none is left or {@code longest} has
     * passed (checked between batches): a backlog, such as a newly imported portfolio's, is then planned over
     * several runs instead of outlasting the run's lock. Cursors not reached stay due, as they were.
     */
    public Run runFor(LocalDate today, Duration longest) {
        var deadline = System.nanoTime() + longest.toNanos();
        var seen = new HashSet<String>();
        var stillDue = new HashSet<String>();
        var written = 0;
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                return new Run(written, false);
            }
            var batch = cursors.dueBy(today, BATCH, stillDue);
            if (batch.isEmpty()) {
                return new Run(written, true);
            }
            for (var cursor : batch) {
                if (!seen.add(cursor.id())) {
                    // Looked at in this run and due still (an event changed it meanwhile): the next run sees it.
                    stillDue.add(cursor.id());
                    continue;
                }
                written += switch (cursor.kind()) {
                    case DUNNING -> dun(cursor, today, seen);
                    case INSTALLMENT -> remindInstallments(cursor, today);
                    case PROMISE -> remindPromise(cursor, today);
                };
            }
        }
    }

    /**
     * Dunning is planned per debtor and currency, not per invoice: the cursor that is due brings in every
     * dunning cursor of its debtor in its currency, and {@link DebtorDunning} decides the one message (if
     * any) that lists them, led by the oldest invoice whose steps are not all sent.
     */
    private int dun(ReminderCursor due, LocalDate today, Set<String> seen) {
        var debtor = DebtorId.of(due.debtorId());
        var group = cursors.dunningOf(debtor, due.currency());
        group.forEach(cursor -> seen.add(cursor.id()));
        var unsettled = invoices.unsettled(debtor).stream().collect(Collectors.toMap(InvoiceRow::id, row -> row));
        var promised = promises.promises(debtor).stream().anyMatch(p -> p.status() == PromiseStatus.PENDING);
        var currency = Currency.getInstance(due.currency());
        var schedule = schedules.scheduleFor(currency);
        // The group's cursors move on together, in one bulk write, once the message (if any) is written.
        var moves = new ArrayList<Map.Entry<ReminderCursor, Update>>();
        var open = new ArrayList<ReminderCursor>();
        for (var cursor : group) {
            var row = unsettled.get(cursor.subjectId());
            if (row == null) {
                moves.add(Map.entry(cursor, parked("SETTLED")));
            } else if (row.inPlan()) {
                moves.add(Map.entry(cursor, parked("IN_PLAN")));
            } else if (promised) {
                moves.add(Map.entry(cursor, parked("PROMISE")));
            } else if (holds.stream().anyMatch(hold -> hold.holds(debtor, cursor.subjectId()))) {
                moves.add(Map.entry(cursor, new Update().set("nextAction", today.plusDays(1))));
            } else {
                open.add(cursor);
            }
        }
        if (open.isEmpty()) {
            cursors.advanceAll(moves);
            return 0;
        }
        var decision = DebtorDunning.decide(schedule, open.stream().map(cursor -> new DebtorDunning.Open(cursor.subjectId(),
                unsettled.get(cursor.subjectId()).dueDate(), schedule.lastIndexAtOrBefore(cursor.lastOffset()))).toList(), today);
        var written = decision.message().map(message -> write(debtor, currency, schedule, message,
                message.listed().stream().map(unsettled::get).toList(), today)).orElse(0);
        var next = decision.nextDay();
        for (var cursor : open) {
            var last = decision.lastPlanned().get(cursor.subjectId());
            var update = new Update().set("nextAction", next.orElse(null)).set("parked", next.isEmpty() ? "DONE" : null);
            if (last >= 0) {
                update.set("lastOffset", schedule.step(last).offsetDays());
            }
            moves.add(Map.entry(cursor, update));
        }
        cursors.advanceAll(moves);
        return written;
    }

    private int write(DebtorId debtor, Currency currency, DunningSchedule schedule, DebtorDunning.Message message,
            List<InvoiceRow> listed, LocalDate today) {
        var rule = schedule.step(message.step());
        var template = schedules.step(currency, rule.offsetDays());
        var id = "dun:" + message.leadingInvoiceId() + ":" + rule.offsetDays();
        return writer.write(id, debtor, ReminderKind.DUNNING, message.listed(), currency, rule.tone(), rule.channels(), today,
                (person, locale, link) -> {
                    var text = template.templates().getOrDefault(locale.getLanguage(), template.templates().get("es"));
                    var values = templates.dunningValues(person.name(), locale, listed, message.daysOverdue(), link, today);
                    return new ReminderWriter.Text(ReminderTemplates.render(text.subject(), values),
                            ReminderTemplates.render(text.body(), values), templates.dunningShort(rule.offsetDays(),
                                    rule.tone(), person.name(), locale, listed, message.daysOverdue(), link));
                }, rule.tone() == Tone.FINAL);
    }

    private int remindInstallments(ReminderCursor cursor, LocalDate today) {
        var debtor = DebtorId.of(cursor.debtorId());
        dev.saldo.portal.plan.PlanSummary plan;
        try {
            plan = plans.plan(debtor, cursor.subjectId());
        } catch (PlanNotFoundException gone) {
            return park(cursor, "ENDED");
        }
        if (plan.status() != PlanStatus.ACTIVE) {
            return park(cursor, "ENDED");
        }
        var open = plan.progress().lines().stream().filter(l -> !l.isPaid()).toList();
        var unpaid = open.stream().map(l -> new InstallmentReminders.Unpaid(l.installment().number(),
                l.installment().dueDate())).toList();
        var written = 0;
        for (var due : InstallmentReminders.due(unpaid, cursor.coveredThrough(), today)) {
            var line = open.stream().filter(l -> l.installment().number() == due.number()).findFirst().orElseThrow();
            var when = due.offsetDays() < 0 ? "before" : due.offsetDays() == 0 ? "due" : "after";
            var id = "ins:" + cursor.subjectId() + ":" + due.number() + ":" + due.offsetDays();
            written += writer.write(id, debtor, ReminderKind.INSTALLMENT, List.of(), line.open().currency(),
                    due.offsetDays() > 0 ? Tone.FIRM : Tone.FRIENDLY,
                    ARRANGEMENT_CHANNELS, today, (person, locale, link) -> {
                        Object[] args = {person.name(), due.number(), MoneyFormat.format(line.open(), locale),
                                MoneyFormat.formatDate(due.dueDate(), locale), link};
                        return new ReminderWriter.Text(templates.text("reminder.installment." + when + ".subject", locale, args),
                                templates.text("reminder.installment." + when + ".body", locale, args),
                                templates.text("reminder.short.installment." + when, locale, args));
                    }, false);
        }
        var next = InstallmentReminders.nextDay(unpaid, today);
        cursors.advance(cursor, new Update().set("coveredThrough", today).set("nextAction", next.orElse(null)));
        return written;
    }

    private int remindPromise(ReminderCursor cursor, LocalDate today) {
        var debtor = DebtorId.of(cursor.debtorId());
        var promise = promises.promises(debtor).stream().filter(p -> p.id().equals(cursor.subjectId())).findFirst();
        if (promise.isEmpty() || promise.get().status() != PromiseStatus.PENDING || today.isAfter(promise.get().date())) {
            return park(cursor, "ENDED");
        }
        var day = InstallmentReminders.promiseReminderDay(promise.get().date());
        if (today.isBefore(day)) {
            cursors.advance(cursor, new Update().set("nextAction", day));
            return 0;
        }
        var amount = promise.get().amount().minus(promise.get().paid());
        var written = writer.write("pro:" + cursor.subjectId(), debtor, ReminderKind.PROMISE, List.of(), amount.currency(),
                Tone.FRIENDLY,
                ARRANGEMENT_CHANNELS, today, (person, locale, link) -> {
                    Object[] args = {person.name(), MoneyFormat.format(amount, locale),
                            MoneyFormat.formatDate(promise.get().date(), locale), link};
                    return new ReminderWriter.Text(templates.text("reminder.promise.subject", locale, args),
                            templates.text("reminder.promise.body", locale, args),
                            templates.text("reminder.short.promise", locale, args));
                }, false);
        park(cursor, "DONE");
        return written;
    }

    private int park(ReminderCursor cursor, String reason) {
        cursors.advance(cursor, parked(reason));
        return 0;
    }

    private static Update parked(String reason) {
        return new Update().set("nextAction", null).set("parked", reason);
    }
}
