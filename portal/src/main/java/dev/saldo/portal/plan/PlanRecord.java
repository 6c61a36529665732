package dev.saldo.portal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Installment;
import dev.saldo.domain.plan.PlanProgress;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Schedule;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan as stored: terms, payments, any counter-offer and every decision in one document, so each
 * change is one atomic, version-checked write. {@code breaksOn} (the day the next open payment counts
 * as missed) is indexed with the status so the daily job finds broken plans without scanning.
 * {@code openFor} holds the debtor's id while the plan is open and a per-plan value once it ends; its
 * unique index makes "one open plan per debtor" hold even when two submissions race.
 */
@Document("plans")
@CompoundIndex(name = "debtor_status", def = "{'debtorId': 1, 'status': 1}")
@CompoundIndex(name = "status_proposed", def = "{'status': 1, 'proposedAt': 1}")
@CompoundIndex(name = "status_breaks_on", def = "{'status': 1, 'breaksOn': 1}")
@CompoundIndex(name = "status_next_due", def = "{'status': 1, 'nextDueDate': 1}")
record PlanRecord(
        @Id String id,
        String debtorId,
        String currency,
        List<String> invoiceIds,
        Terms terms,
        List<Payment> payments,
        Terms counterOffer,
        PlanStatus status,
        List<StoredReason> reasons,
        List<Decision> decisions,
        List<String> paymentReferences,
        Instant proposedAt,
        LocalDate madeOn,
        LocalDate nextDueDate,
        LocalDate breaksOn,
        LocalDate endedOn,
        @Indexed(unique = true) String openFor,
        @Version Long version) {

    record Terms(long totalMinor, long downMinor, int installments, Frequency frequency, LocalDate firstDate) {

        static Terms of(Proposal p) {
            return new Terms(p.total().minorUnits(), p.downPayment().minorUnits(), p.installments(), p.frequency(),
                    p.firstDate());
        }

        Proposal toProposal(Currency currency) {
            return Proposal.of(Money.ofMinor(totalMinor, currency), Money.ofMinor(downMinor, currency), installments,
                    frequency, firstDate);
        }
    }

    record Payment(int number, LocalDate dueDate, long amountMinor, long paidMinor, LocalDate paidOn) {
    }

    /** Who decided what and when; {@code note} is the reason a debtor reads, if any. */
    record Decision(String kind, String by, Instant at, String note) {
    }

    Currency money() {
        return Currency.getInstance(currency);
    }

    Proposal proposal() {
        return terms.toProposal(money());
    }

    Optional<Proposal> counterProposal() {
        return Optional.ofNullable(counterOffer).map(t -> t.toProposal(money()));
    }

    PlanProgress progress() {
        var currency = money();
        return PlanProgress.of(payments.stream().map(p -> new PlanProgress.Line(
                new Installment(p.number(), p.dueDate(), Money.ofMinor(p.amountMinor(), currency)),
                Money.ofMinor(p.paidMinor(), currency), Optional.ofNullable(p.paidOn()))).toList());
    }

    Optional<Decision> lastDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.getLast());
    }

    static PlanRecord proposed(String debtorId, Currency currency, List<String> invoiceIds, Proposal proposal,
            PlanStatus status, List<StoredReason> reasons, Instant at, LocalDate today) {
        var record = new PlanRecord(null, debtorId, currency.getCurrencyCode(), List.copyOf(invoiceIds), Terms.of(proposal),
                List.of(), null, status, reasons, List.of(), List.of(), at, today, null, null, null, debtorId, null);
        return record.withSchedule(proposal, today, 0);
    }

    /** The plan with these terms and a fresh, unpaid schedule made on {@code today}. */
    PlanRecord withSchedule(Proposal proposal, LocalDate today, int graceDays) {
        var payments = Schedule.of(proposal, today).payments().stream()
                .map(i -> new Payment(i.number(), i.dueDate(), i.amount().minorUnits(), 0, null)).toList();
        return new PlanRecord(id, debtorId, currency, invoiceIds, Terms.of(proposal), payments, counterOffer, status,
                reasons, decisions, paymentReferences, proposedAt, today, null, null, endedOn, openFor, version)
                .withProgressDates(graceDays);
    }

    /** Recomputes the indexed dates from the payments: only an active plan can break. */
    PlanRecord withProgressDates(int graceDays) {
        var progress = progress();
        var active = status == PlanStatus.ACTIVE;
        return new PlanRecord(id, debtorId, currency, invoiceIds, terms, payments, counterOffer, status, reasons,
                decisions, paymentReferences, proposedAt, madeOn, progress.nextDueDate().orElse(null),
                active ? progress.breaksOn(graceDays).orElse(null) : null, endedOn, openFor, version);
    }

    PlanRecord moveTo(PlanStatus next, Decision decision, int graceDays) {
        var moved = new PlanRecord(id, debtorId, currency, invoiceIds, terms, payments, counterOffer, status.moveTo(next),
                reasons, append(decisions, decision), paymentReferences, proposedAt, madeOn, nextDueDate, breaksOn,
                endedOn, next.isOpen() ? debtorId : "closed:" + id, version);
        return moved.withProgressDates(graceDays);
    }

    PlanRecord endedOn(LocalDate day) {
        return new PlanRecord(id, debtorId, currency, invoiceIds, terms, payments, counterOffer, status, reasons,
                decisions, paymentReferences, proposedAt, madeOn, nextDueDate, breaksOn, day, openFor, version);
    }

    PlanRecord withCounterOffer(Proposal offer) {
        return new PlanRecord(id, debtorId, currency, invoiceIds, terms, payments, Terms.of(offer), status, reasons,
                decisions, paymentReferences, proposedAt, madeOn, nextDueDate, breaksOn, endedOn, openFor, version);
    }

    PlanRecord withPayments(PlanProgress progress, String reference, int graceDays) {
        var paid = progress.lines().stream().map(l -> new Payment(l.installment().number(), l.installment().dueDate(),
                l.installment().amount().minorUnits(), l.paid().minorUnits(), l.paidOn().orElse(null))).toList();
        return new PlanRecord(id, debtorId, currency, invoiceIds, terms, paid, counterOffer, status, reasons, decisions,
                append(paymentReferences, reference), proposedAt, madeOn, nextDueDate, breaksOn, endedOn, openFor, version)
                .withProgressDates(graceDays);
    }

    private static <T> List<T> append(List<T> list, T element) {
        var copy = new ArrayList<T>(list);
        copy.add(element);
        return List.copyOf(copy);
    }
}
