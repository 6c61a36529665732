package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.PromiseStatus;
import dev.saldo.domain.reminder.InstallmentReminders;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.invoice.InvoiceBook;
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
 * and writes it, rendered, to the outbox under its unique key. Paid, disputed and escalated invoices, and
 * those in a plan or under a promise, get no dunning; a plan's installments and a promise get their own.
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

    ReminderPlanner(ReminderCursors cursors, ReminderWriter writer, DunningSchedules schedules,
            ReminderTemplates templates, InvoiceBook invoices, PlanDesk plans, PromiseDesk promises,
            List<DunningHold> holds, Clock clock) {
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
        var written = runFor(LocalDate.now(clock));
        log.info("Reminder planner: {} reminder(s) written to the outbox", written);
    }

    /** Plans every cursor due by {@code today}; returns how many reminders were written. */
    public int runFor(LocalDate today) {
        var seen = new HashSet<String>();
        var written = 0;
        while (true) {
            var due = cursors.dueBy(today, BATCH).stream().filter(c -> seen.add(c.id())).toList();
            if (due.isEmpty()) {
                return written;
            }
            for (var cursor : due) {
                written += switch (cursor.kind()) {
                    case DUNNING -> dun(cursor, today);
                    case INSTALLMENT -> remindInstallments(cursor, today);
                    case PROMISE -> remindPromise(cursor, today);
                };
            }
        }
    }

    private int dun(ReminderCursor cursor, LocalDate today) {
        var debtor = DebtorId.of(cursor.debtorId());
        var invoice = invoices.unsettled(debtor).stream().filter(r -> r.id().equals(cursor.subjectId())).findFirst();
        if (invoice.isEmpty()) {
            return park(cursor, "SETTLED");
        }
        if (invoice.get().inPlan()) {
            return park(cursor, "IN_PLAN");
        }
        if (promises.promises(debtor).stream().anyMatch(p -> p.status() == PromiseStatus.PENDING)) {
            return park(cursor, "PROMISE");
        }
        if (holds.stream().anyMatch(hold -> hold.holds(debtor, cursor.subjectId()))) {
            cursors.advance(cursor, new Update().set("nextAction", today.plusDays(1)));
            return 0;
        }
        var currency = invoice.get().openBalance().currency();
        var schedule = schedules.scheduleFor(currency);
        var last = schedule.lastIndexAtOrBefore(cursor.lastOffset());
        var step = schedule.dueStep(cursor.dueDate(), today, last);
        var written = 0;
        var update = new Update();
        if (step.isPresent()) {
            last = step.get();
            var rule = schedule.step(last);
            var template = schedules.step(currency, rule.offsetDays());
            var id = "dun:" + cursor.subjectId() + ":" + rule.offsetDays();
            written = writer.write(id, debtor, ReminderKind.DUNNING, cursor.subjectId(), rule.tone(), rule.channels(), today,
                    (person, locale, link) -> {
                        var text = template.templates().getOrDefault(locale.getLanguage(), template.templates().get("es"));
                        var values = templates.dunningValues(person.name(), locale, List.of(invoice.get()), link, today);
                        return new ReminderWriter.Text(ReminderTemplates.render(text.subject(), values),
                                ReminderTemplates.render(text.body(), values));
                    }, rule.tone() == Tone.FINAL);
            update.set("lastOffset", rule.offsetDays());
        }
        var next = schedule.nextDay(cursor.dueDate(), last).map(day -> day.isAfter(today) ? day : today.plusDays(1));
        cursors.advance(cursor, update.set("nextAction", next.orElse(null)).set("parked", next.isEmpty() ? "DONE" : null));
        return written;
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
            written += writer.write(id, debtor, ReminderKind.INSTALLMENT, null, due.offsetDays() > 0 ? Tone.FIRM : Tone.FRIENDLY,
                    ARRANGEMENT_CHANNELS, today, (person, locale, link) -> {
                        Object[] args = {person.name(), due.number(), MoneyFormat.format(line.open(), locale),
                                MoneyFormat.formatDate(due.dueDate(), locale), link};
                        return new ReminderWriter.Text(templates.text("reminder.installment." + when + ".subject", locale, args),
                                templates.text("reminder.installment." + when + ".body", locale, args));
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
        var written = writer.write("pro:" + cursor.subjectId(), debtor, ReminderKind.PROMISE, null, Tone.FRIENDLY,
                ARRANGEMENT_CHANNELS, today, (person, locale, link) -> {
                    Object[] args = {person.name(), MoneyFormat.format(amount, locale),
                            MoneyFormat.formatDate(promise.get().date(), locale), link};
                    return new ReminderWriter.Text(templates.text("reminder.promise.subject", locale, args),
                            templates.text("reminder.promise.body", locale, args));
                }, false);
        park(cursor, "DONE");
        return written;
    }

    private int park(ReminderCursor cursor, String reason) {
        cursors.advance(cursor, new Update().set("nextAction", null).set("parked", reason));
        return 0;
    }
}
