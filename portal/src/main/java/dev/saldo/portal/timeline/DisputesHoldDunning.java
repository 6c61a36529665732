package dev.saldo.portal.timeline;

import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.reminders.DunningHold;
import org.springframework.stereotype.Component;

/** An invoice under an open dispute gets no dunning until staff resolve the dispute. */
@Component
class DisputesHoldDunning implements DunningHold {

    private final Disputes disputes;

    DisputesHoldDunning(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public boolean holds(DebtorId debtor, String invoiceId) {
        return !disputes.disputed(List.of(invoiceId)).isEmpty();
    }
}
