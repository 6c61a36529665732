package dev.saldo.portal.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.fee.FeeLines;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.invoice.InvoiceLines;
import org.springframework.stereotype.Service;

/**
 * Staff waive a fee with a reason: a DISCOUNT line that cancels it (the fee stays in the history, so
 * accrual never charges it again), and an audit entry saying who, when and why.
 */
@Service
public class FeeWaivers {

    /** A fee line of an invoice, by its position among the invoice's lines, and whether it was waived. */
    public record Fee(int index, InvoiceLine line, boolean waived) {
    }

    /** Why a waiver was refused, for the staff member's screen. */
    public static final class WaiverRefusedException extends RuntimeException {

        private final String messageKey;

        WaiverRefusedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final InvoiceLines invoices;
    private final AuditLog audit;
    private final Clock clock;

    FeeWaivers(InvoiceLines invoices, AuditLog audit, Clock clock) {
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Invoice> invoice(String number) {
        return number == null || number.isBlank() ? Optional.empty() : invoices.byNumber(number);
    }

    public List<Fee> feesOf(Invoice invoice) {
        var fees = new ArrayList<Fee>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            var line = invoice.lines().get(i);
            if (line.type() == LineType.FEE) {
                fees.add(new Fee(i, line, waiverOf(invoice, i).isPresent()));
            }
        }
        return fees;
    }

    /** Waives the fee at {@code index}; a fee already paid can no longer be waived (it would be a refund). */
    public Invoice waive(String staff, InvoiceId id, int index, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WaiverRefusedException("fee.waiver.reason-required");
        }
        var invoice = invoices.byId(id).orElseThrow(() -> new WaiverRefusedException("fee.waiver.not-found"));
        var today = LocalDate.now(clock);
        var added = invoices.add(invoice.debtorId(), id, current -> {
            if (index < 0 || index >= current.lines().size() || current.lines().get(index).type() != LineType.FEE) {
                throw new WaiverRefusedException("fee.waiver.not-found");
            }
            if (waiverOf(current, index).isPresent()) {
                return List.of();
            }
            var amount = current.lines().get(index).amount().min(current.openBalance());
            if (!amount.isPositive()) {
                throw new WaiverRefusedException("fee.waiver.already-paid");
            }
            return List.of(InvoiceLine.of(LineType.DISCOUNT, FeeLines.describe(FeeLines.WAIVER, index), amount, today));
        });
        if (!added.isEmpty()) {
            var fee = invoice.lines().get(index);
            audit.record(staff, AuditAction.FEE_WAIVER, invoice.number(),
                    fee.description() + " " + fee.amount() + " (" + fee.date() + ")", reason.strip());
        }
        return invoices.byId(id).orElseThrow();
    }

    private static Optional<InvoiceLine> waiverOf(Invoice invoice, int index) {
        return invoice.lines().stream().filter(l -> FeeLines.is(l, LineType.DISCOUNT, FeeLines.WAIVER))
                .filter(l -> FeeLines.parse(l.description()).orElseThrow().arg(0).equals(String.valueOf(index)))
                .findFirst();
    }
}
