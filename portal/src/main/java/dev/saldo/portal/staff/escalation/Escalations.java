package dev.saldo.portal.staff.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.invoice.InvoiceAllocations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Supervisors' decisions that take a debtor out of ordinary collection: escalating to an agency or legal
 * (and reversing it), and writing off an uncollectible invoice. Each is one atomic write and an audit entry.
 */
@Service
public class Escalations {

    public enum Channel {
        AGENCY, LEGAL
    }

    /** Where a debtor's escalation stands, who decided it and when. */
    public record Status(boolean active, Channel channel, String decidedBy, Instant decidedAt) {
    }

    private final MongoTemplate mongo;
    private final InvoiceAllocations invoices;
    private final AuditLog audit;
    private final Clock clock;

    Escalations(MongoTemplate mongo, InvoiceAllocations invoices, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Status> statusOf(DebtorId debtor) {
        return Optional.ofNullable(mongo.findById(debtor.value(), EscalationRecord.class))
                .map(r -> {
                    var last = r.decisions().isEmpty() ? null : r.decisions().getLast();
                    return new Status(r.active(), r.channel() == null ? null : Channel.valueOf(r.channel().name()),
                            last == null ? null : last.by(), last == null ? null : last.at());
                });
    }

    public List<String> activeDebtorIds() {
        return mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("active").is(true)), EscalationRecord.class)
                .stream().map(EscalationRecord::debtorId).toList();
    }

    /** @throws IllegalTransitionException when the debtor is already escalated */
    public void escalate(DebtorId debtor, Channel channel, String note, String supervisor) {
        var current = mongo.findById(debtor.value(), EscalationRecord.class);
        if (current != null && current.active()) {
            throw new IllegalTransitionException("escalation", "ESCALATED", "ESCALATED");
        }
        var base = current != null ? current : new EscalationRecord(debtor.value(), false, null, List.of(), null);
        var stored = EscalationRecord.Channel.valueOf(channel.name());
        mongo.save(base.with(true, stored, new EscalationRecord.Decision("escalated", stored, supervisor, clock.instant(),
                note)));
        audit.record(supervisor, AuditAction.ESCALATION, debtor.value(), "", channel.name() + ": " + note);
    }

    /** @throws IllegalTransitionException when the debtor is not escalated */
    public void reverse(DebtorId debtor, String note, String supervisor) {
        var current = mongo.findById(debtor.value(), EscalationRecord.class);
        if (current == null || !current.active()) {
            throw new IllegalTransitionException("escalation", "NOT_ESCALATED", "REVERSED");
        }
        mongo.save(current.with(false, current.channel(), new EscalationRecord.Decision("reversed", current.channel(),
                supervisor, clock.instant(), note)));
        audit.record(supervisor, AuditAction.ESCALATION_REVERSAL, debtor.value(), current.channel().name(), note);
    }

    /**
     * Writes off what is open on the invoice; the reason is required and kept on the invoice and in the log.
     *
     * @return the amount written off
     */
    public Money writeOff(DebtorId debtor, InvoiceId invoice, String reason, String supervisor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a write-off needs a reason");
        }
        var written = invoices.writeOff(debtor, invoice, "Castigo / Write-off: " + reason.strip(), LocalDate.now(clock));
        audit.record(supervisor, AuditAction.WRITE_OFF, debtor.value() + "/" + invoice.value(), written.toString(),
                reason.strip());
        return written;
    }
}
