package dev.saldo.domain.plan;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a promise to pay must meet: something real, no more than is owed, by a date within the window. */
final class PromiseRules {

    private PromiseRules() {
    }

    static List<Reason> check(CollectionPolicy policy, Money amount, LocalDate date, Money owed, LocalDate today) {
        var reasons = new ArrayList<Reason>();
        if (!owed.isPositive()) {
            reasons.add(Reason.of("promise.rule.nothing-owed"));
            return reasons;
        }
        if (!amount.isPositive()) {
            reasons.add(Reason.of("promise.rule.amount-positive"));
        } else if (amount.compareTo(owed) > 0) {
            reasons.add(Reason.of("promise.rule.more-than-owed", owed));
        } else if (amount.compareTo(policy.minInstallment()) < 0 && !amount.equals(owed)) {
            reasons.add(Reason.of("promise.rule.min-amount", policy.minInstallment().min(owed)));
        }
        if (date.isBefore(today)) {
            reasons.add(Reason.of("promise.rule.date-past", today));
        } else if (date.isAfter(today.plusDays(policy.promiseWithinDays()))) {
            reasons.add(Reason.of("promise.rule.date-late", today.plusDays(policy.promiseWithinDays())));
        }
        return reasons;
    }
}
