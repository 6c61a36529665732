package dev.saldo.domain.reminder;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One debtor's dunning in one currency: one message at a time that lists everything the debtor is being
 * reminded of, not one message per invoice.
 *
 * <p>The oldest invoice whose steps are not all sent <em>leads</em>: a message goes out on its steps' days,
 * in its step's tone, and lists every invoice whose first step has come (the newer ones too, and older ones
 * whose steps are all sent but are still unpaid). A newer invoice's own step days send nothing while an
 * older one leads: its steps count as done, since the leading invoice's messages list it. The planner still
 * looks on those days, so when the older invoice is paid the newer one takes the lead from its own next step,
 * without repeating a step whose day has passed and without a catch-up message the day of the payment.
 */
public final class DebtorDunning {

    /**
     * An open invoice that may be dunned (not paid, not in a plan, not held).
     *
     * @param lastPlanned the index of its last step counted as done, −1 when none
     */
    public record Open(String invoiceId, LocalDate dueDate, int lastPlanned) {

        public Open {
            requireNonNull(invoiceId, "invoiceId");
            requireNonNull(dueDate, "dueDate");
        }
    }

    /**
     * What to do today.
     *
     * @param message     the message to write today, if any
     * @param lastPlanned every invoice's index of its last step done after today (unchanged when not listed)
     * @param nextDay     the next day to look at this debtor again; empty when every step of every invoice is done
     */
    public record Decision(Optional<Message> message, Map<String, Integer> lastPlanned, Optional<LocalDate> nextDay) {
    }

    /**
     * One message: the leading invoice's step, and the invoices it lists, oldest first.
     *
     * @param daysOverdue days from the leading invoice's due date (negative: before it)
     */
    public record Message(String leadingInvoiceId, int step, List<String> listed, long daysOverdue) {
    }

    private DebtorDunning() {
    }

    public static Decision decide(DunningSchedule schedule, List<Open> open, LocalDate today) {
        var oldestFirst = open.stream()
                .sorted(Comparator.comparing(Open::dueDate).thenComparing(Open::invoiceId)).toList();
        var last = new LinkedHashMap<String, Integer>();
        oldestFirst.forEach(invoice -> last.put(invoice.invoiceId(), invoice.lastPlanned()));
        var started = oldestFirst.stream().filter(invoice -> schedule.hasStarted(invoice.dueDate(), today)).toList();
        var leading = started.stream().filter(invoice -> !schedule.isFinished(invoice.lastPlanned())).findFirst();

        var message = leading.flatMap(lead -> schedule.dueStep(lead.dueDate(), today, lead.lastPlanned())
                .map(step -> new Message(lead.invoiceId(), step, started.stream().map(Open::invoiceId).toList(),
                        ChronoUnit.DAYS.between(lead.dueDate(), today))));
        // Listed in today's message, or reminded of by the older invoice's messages: either way every step whose
        // day has come counts as done (the leading invoice's are, by the step just sent or none being due).
        for (var invoice : started) {
            last.merge(invoice.invoiceId(), schedule.lastIndexOnOrBefore(invoice.dueDate(), today), Math::max);
        }
        var nextDay = oldestFirst.stream()
                .map(invoice -> schedule.nextDayAfter(invoice.dueDate(), today, last.get(invoice.invoiceId())))
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
        return new Decision(message, Map.copyOf(last), nextDay);
    }
}
