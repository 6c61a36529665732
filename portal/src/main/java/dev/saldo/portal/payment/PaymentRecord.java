package dev.saldo.portal.payment;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.payment.PaymentStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One payment attempt, one document: its amount, the planned split over invoices, what was actually
 * applied when it was confirmed and any excess kept as credit. Every change after the insert is a
 * conditional update of this document alone (see {@link PaymentAttempts}).
 *
 * @param method    {@code online} through the gateway, or {@code transfer} reported by the debtor
 * @param applied   what reached each invoice; null until the confirmation has been applied
 */
@Document("payments")
@CompoundIndex(name = "debtor_created", def = "{'debtorId': 1, 'createdAt': -1}")
@CompoundIndex(name = "status_created", def = "{'status': 1, 'createdAt': 1}")
public record PaymentRecord(
        @Id String id,
        String debtorId,
        String currency,
        long amountMinor,
        PaymentStatus status,
        String method,
        String gateway,
        String sessionId,
        String checkoutUrl,
        @Indexed(sparse = true) String gatewayReference,
        List<Share> planned,
        List<Share> applied,
        long creditMinor,
        long refundedMinor,
        FailureReason failure,
        String transferReference,
        Instant createdAt,
        Instant updatedAt,
        Instant settledAt) {

    /**
     * A part of the payment on one invoice; {@code discountMinor} is the early-payment discount the
     * debtor was quoted for paying that invoice in full, granted when the payment succeeds.
     */
    public record Share(String invoiceId, String invoiceNumber, long amountMinor, long discountMinor) {
    }

    public DebtorId debtor() {
        return DebtorId.of(debtorId);
    }

    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currencyUnit());
    }

    /** Credit still held: what was paid beyond the invoices, less what a partial refund already gave back. */
    public Money credit() {
        return Money.ofMinor(Math.max(0, creditMinor - refundedMinor), currencyUnit());
    }

    public Money money(long minor) {
        return Money.ofMinor(minor, currencyUnit());
    }

    /** What the debtor sees as the split: what was applied once confirmed, the plan before. */
    public List<Share> shares() {
        return applied != null ? applied : planned;
    }

    public boolean hasReceipt() {
        return status == PaymentStatus.SUCCEEDED && applied != null;
    }
}
