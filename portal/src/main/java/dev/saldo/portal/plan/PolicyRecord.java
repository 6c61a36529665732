package dev.saldo.portal.plan;

import java.time.Instant;
import java.util.Currency;
import java.util.Set;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.CollectionPolicy;
import dev.saldo.domain.plan.Frequency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A supervisor's collection policy for one currency; the id is the currency code. */
@Document("plan_policies")
record PolicyRecord(
        @Id String currency,
        int maxInstallments,
        int maxTermDays,
        long minInstallmentMinor,
        int minDownPaymentPercent,
        Set<Frequency> frequencies,
        int firstPaymentWithinDays,
        int graceDays,
        int promiseWithinDays,
        int autoMaxTermDays,
        int autoMinDownPaymentPercent,
        int autoBrokenPlanLookbackMonths,
        String updatedBy,
        Instant updatedAt,
        @Version Long version) {

    static PolicyRecord from(CollectionPolicy p, String updatedBy, Instant updatedAt, Long version) {
        var auto = p.autoApproval();
        return new PolicyRecord(p.currency().getCurrencyCode(), p.maxInstallments(), p.maxTermDays(),
                p.minInstallment().minorUnits(), p.minDownPaymentPercent(), p.frequencies(), p.firstPaymentWithinDays(),
                p.graceDays(), p.promiseWithinDays(), auto.maxTermDays(), auto.minDownPaymentPercent(),
                auto.brokenPlanLookbackMonths(), updatedBy, updatedAt, version);
    }

    CollectionPolicy toDomain() {
        var money = Currency.getInstance(currency);
        return new CollectionPolicy(money, maxInstallments, maxTermDays, Money.ofMinor(minInstallmentMinor, money),
                minDownPaymentPercent, frequencies, firstPaymentWithinDays, graceDays, promiseWithinDays,
                new CollectionPolicy.AutoApproval(autoMaxTermDays, autoMinDownPaymentPercent, autoBrokenPlanLookbackMonths));
    }
}
