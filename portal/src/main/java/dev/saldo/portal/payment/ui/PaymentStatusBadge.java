package dev.saldo.portal.payment.ui;

import com.vaadin.flow.component.html.Span;
import dev.saldo.domain.payment.PaymentStatus;

/** A payment's state in words, coloured like invoice states: green paid, amber waiting, red failed. */
class PaymentStatusBadge extends Span {

    PaymentStatusBadge(PaymentStatus status) {
        addClassName("status");
        setText(getTranslation(status.messageKey()));
        addClassName(switch (status) {
            case SUCCEEDED -> "status-paid";
            case FAILED, EXPIRED, REJECTED -> "status-late";
            case PROCESSING, REPORTED, REFUNDED -> "status-overdue";
            case CREATED, PENDING -> "status-open";
        });
    }
}
