package dev.saldo.portal.timeline;

import java.util.List;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.fee.FeeHold;
import org.springframework.stereotype.Component;

/** An invoice under an open dispute accrues no late fees until staff resolve the dispute. */
@Component
class DisputesHoldFees implements FeeHold {

    private final Disputes disputes;

    DisputesHoldFees(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public boolean holds(Invoice invoice) {
        return !disputes.disputed(List.of(invoice.id().value())).isEmpty();
    }
}
