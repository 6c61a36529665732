package dev.saldo.portal.reminders;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where the reminders of one invoice, plan or promise stand, and the next day the planner must look at it
 * ({@code nextAction}, indexed; null: nothing to do until an event wakes it). The planner reads only the
 * cursors due today, so its cost grows with what is due, not with the portfolio.
 *
 * @param lastOffset     DUNNING: the offset (days from due) of the last step planned; null when none yet
 * @param coveredThrough INSTALLMENT: the last day whose installment reminders were planned
 * @param parked         why the cursor sleeps, for staff: IN_PLAN, PROMISE, SETTLED, ENDED; null while active
 */
@Document("reminder_cursors")
@CompoundIndex(name = "next_action", def = "{'nextAction': 1}")
@CompoundIndex(name = "debtor_kind", def = "{'debtorId': 1, 'kind': 1}")
@CompoundIndex(name = "currency_kind", def = "{'currency': 1, 'kind': 1}")
record ReminderCursor(
        @Id String id,
        ReminderKind kind,
        String debtorId,
        String subjectId,
        String currency,
        LocalDate dueDate,
        Integer lastOffset,
        LocalDate coveredThrough,
        LocalDate nextAction,
        String parked,
        @Version Long version) {

    static String invoiceKey(String invoiceId) {
        return "inv:" + invoiceId;
    }

    static String planKey(String planId) {
        return "plan:" + planId;
    }

    static String promiseKey(String promiseId) {
        return "promise:" + promiseId;
    }
}
