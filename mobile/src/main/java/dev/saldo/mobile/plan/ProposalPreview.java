package dev.saldo.mobile.plan;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Installment;
import dev.saldo.domain.plan.Outcome;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Reason;
import dev.saldo.domain.plan.Schedule;
import dev.saldo.domain.plan.Verdict;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.domain.plan.api.ProposalRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A proposal as the debtor types it, judged on the phone by shared-domain's {@link Schedule} and
 * {@link dev.saldo.domain.plan.CollectionPolicy}: the same code, policy and standing the portal uses,
 * so the verdict shown is the one the portal will reach (the portal still decides on submit).
 *
 * @param input a problem with what was typed (a reason key and its argument), when there is no proposal to judge
 */
public record ProposalPreview(Optional<Schedule> schedule, Optional<Verdict> verdict, Optional<Reason> input) {

    public static ProposalPreview of(ProposalBasis basis, String downPayment, int installments, Frequency frequency,
            LocalDate firstDate) {
        Money total = basis.total().toMoney();
        Money down;
        try {
            down = Money.of(downPayment == null || downPayment.isBlank() ? BigDecimal.ZERO : new BigDecimal(downPayment.strip()),
                    total.currency());
        } catch (NumberFormatException e) {
            return problem(Reason.of("plan.input.down-payment-range", total));
        }
        if (down.isNegative() || down.compareTo(total) >= 0) {
            return problem(Reason.of("plan.input.down-payment-range", total));
        }
        if (installments < 1 || installments > Proposal.MAX_INSTALLMENTS || total.minus(down).minorUnits() < installments) {
            return problem(Reason.of("plan.input.installments-range", basis.policy().maxInstallments()));
        }
        if (firstDate == null) {
            return problem(Reason.of("plan.input.first-date"));
        }
        var proposal = Proposal.of(total, down, installments, frequency, firstDate);
        var verdict = basis.policy().toDomain().evaluate(proposal, basis.standing(), basis.today());
        return new ProposalPreview(Optional.of(Schedule.of(proposal, basis.today())), Optional.of(verdict), Optional.empty());
    }

    private static ProposalPreview problem(Reason reason) {
        return new ProposalPreview(Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    public boolean canSubmit() {
        return verdict.map(Verdict::isAllowed).orElse(false);
    }

    public Outcome outcome() {
        return verdict.map(Verdict::outcome).orElse(Outcome.NOT_ALLOWED);
    }

    public List<Reason> reasons() {
        return input.map(List::of).orElseGet(() -> verdict.map(Verdict::reasons).orElse(List.of()));
    }

    public List<Installment> payments() {
        return schedule.map(Schedule::payments).orElse(List.of());
    }

    /** What goes to the portal: the same invoices the basis covered, so the portal judges the same debt. */
    public static ProposalRequest request(ProposalBasis basis, Proposal proposal) {
        return new ProposalRequest(basis.invoiceIds(), proposal.downPayment().amount().toPlainString(),
                proposal.installments(), proposal.frequency(), proposal.firstDate());
    }
}
