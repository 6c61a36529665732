package dev.saldo.portal.timeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
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

    /** One query for the whole page. */
    @Override
    public Set<InvoiceId> held(List<Invoice> invoices) {
        var disputed = disputes.disputed(invoices.stream().map(invoice -> invoice.id().value()).toList());
        return disputed.stream().map(InvoiceId::of).collect(Collectors.toSet());
    }
}
