package dev.saldo.portal.invoice.ui;

import com.vaadin.flow.component.html.Span;
import dev.saldo.domain.invoice.InvoiceStatus;

/**
 * An invoice's state in words, coloured by urgency. Overdue says for how long, and grows firmer only
 * past 60 days: early lateness is usually a temporary problem.
 */
class StatusBadge extends Span {

    StatusBadge(InvoiceStatus status, long daysOverdue, boolean partiallyPaid) {
        this(status, daysOverdue, partiallyPaid, false);
    }

    StatusBadge(InvoiceStatus status, long daysOverdue, boolean partiallyPaid, boolean inPlan) {
        addClassName("status");
        if (inPlan && status != InvoiceStatus.PAID) {
            setText(getTranslation("invoice.status.in-plan"));
            addClassName("status-plan");
            return;
        }
        switch (status) {
            case PAID -> {
                setText(getTranslation("invoice.status.paid"));
                addClassName("status-paid");
            }
            case OVERDUE -> {
                setText(getTranslation(daysOverdue == 1 ? "invoice.status.overdue.one" : "invoice.status.overdue.days",
                        daysOverdue));
                addClassName(daysOverdue > 60 ? "status-late" : "status-overdue");
            }
            case OPEN -> {
                setText(getTranslation(partiallyPaid ? "invoice.status.partial" : "invoice.status.open"));
                addClassName("status-open");
            }
        }
    }
}
