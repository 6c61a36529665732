package dev.saldo.domain.plan.api;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.saldo.domain.api.Amount;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.CollectionPolicy;
import dev.saldo.domain.plan.DebtorStanding;
import dev.saldo.domain.plan.Frequency;

/**
 * {@code GET /api/v1/me/plans/basis}: what a phone needs to compute a proposal's schedule and verdict
 * with the same {@link CollectionPolicy} code as the portal: the portal's day, the debt a default
 * proposal covers (all overdue invoices not yet in a plan; {@code total} null when there are none),
 * the policy for its currency and when a plan of this debtor last broke.
 */
public record ProposalBasis(LocalDate today, Amount total, List<String> invoiceIds, Policy policy,
        LocalDate lastBrokenPlan) {

    public ProposalBasis {
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
    }

    /** A {@link CollectionPolicy} on the wire; the minimum installment is a decimal string in {@code currency}. */
    public record Policy(String currency, int maxInstallments, int maxTermDays, String minInstallment,
            int minDownPaymentPercent, Set<Frequency> frequencies, int firstPaymentWithinDays, int graceDays,
            int promiseWithinDays, int autoApprovalMaxTermDays, int autoApprovalMinDownPaymentPercent,
            int brokenPlanLookbackMonths) {

        public static Policy of(CollectionPolicy p) {
            return new Policy(p.currency().getCurrencyCode(), p.maxInstallments(), p.maxTermDays(),
                    p.minInstallment().amount().toPlainString(), p.minDownPaymentPercent(), p.frequencies(),
                    p.firstPaymentWithinDays(), p.graceDays(), p.promiseWithinDays(), p.autoApproval().maxTermDays(),
                    p.autoApproval().minDownPaymentPercent(), p.autoApproval().brokenPlanLookbackMonths());
        }

        public CollectionPolicy toDomain() {
            var code = Currency.getInstance(currency);
            return new CollectionPolicy(code, maxInstallments, maxTermDays, Money.of(minInstallment, currency),
                    minDownPaymentPercent, frequencies, firstPaymentWithinDays, graceDays, promiseWithinDays,
                    new CollectionPolicy.AutoApproval(autoApprovalMaxTermDays, autoApprovalMinDownPaymentPercent,
                            brokenPlanLookbackMonths));
        }
    }

    public static ProposalBasis of(LocalDate today, Money total, List<String> invoiceIds, CollectionPolicy policy,
            DebtorStanding standing) {
        return new ProposalBasis(today, total == null ? null : Amount.of(total), invoiceIds,
                policy == null ? null : Policy.of(policy), standing.lastBrokenPlan().orElse(null));
    }

    /** Whether there is anything a new plan could cover. */
    public boolean hasDebt() {
        return total != null && policy != null;
    }

    public DebtorStanding standing() {
        return new DebtorStanding(Optional.ofNullable(lastBrokenPlan), 0);
    }
}
