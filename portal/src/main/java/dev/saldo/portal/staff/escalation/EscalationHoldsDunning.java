package dev.saldo.portal.staff.escalation;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.reminders.DunningHold;
import org.springframework.stereotype.Component;

/** An escalated debtor is in the agency's or the lawyers' hands: the portal sends them no more dunning. */
@Component
class EscalationHoldsDunning implements DunningHold {

    private final Escalations escalations;

    EscalationHoldsDunning(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public boolean holds(DebtorId debtor, String invoiceId) {
        return escalations.statusOf(debtor).map(Escalations.Status::active).orElse(false);
    }
}
