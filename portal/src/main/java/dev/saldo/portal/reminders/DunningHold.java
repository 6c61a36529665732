package dev.saldo.portal.reminders;

import dev.saldo.domain.debtor.DebtorId;

/**
 * A reason not to dun an invoice today, offered by another capability as a bean: an open dispute, an
 * escalated debtor. The reminder engine does not depend on who provides it; a held invoice is looked at
 * again the next day.
 */
public interface DunningHold {

    boolean holds(DebtorId debtor, String invoiceId);
}
