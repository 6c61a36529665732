package dev.saldo.portal.plan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.CollectionPolicy;
import dev.saldo.domain.plan.Frequency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The collection policy a currency gets until a supervisor edits it, and when the lifecycle job runs.
 *
 * @param minInstallment smallest installment per currency code, in major units (e.g. {@code CLP: 10000});
 *                       currencies not listed fall back to {@code defaultMinInstallment}
 * @param lifecycleCron  when the daily job looks for broken plans and promises (portfolio time zone)
 */
@ConfigurationProperties("saldo.plan")
public record PlanSettings(
        @DefaultValue("12") int maxInstallments,
        @DefaultValue("365") int maxTermDays,
        @DefaultValue("0") int minDownPaymentPercent,
        @DefaultValue({"WEEKLY", "BIWEEKLY", "MONTHLY"}) Set<Frequency> frequencies,
        @DefaultValue("30") int firstPaymentWithinDays,
        @DefaultValue("5") int graceDays,
        @DefaultValue("30") int promiseWithinDays,
        @DefaultValue("90") int autoApprovalMaxTermDays,
        @DefaultValue("10") int autoApprovalMinDownPaymentPercent,
        @DefaultValue("12") int autoApprovalBrokenPlanLookbackMonths,
        Map<String, BigDecimal> minInstallment,
        @DefaultValue("20") BigDecimal defaultMinInstallment,
        @DefaultValue("0 15 4 * * *") String lifecycleCron) {

    public PlanSettings {
        frequencies = frequencies == null || frequencies.isEmpty() ? EnumSet.allOf(Frequency.class) : Set.copyOf(frequencies);
        minInstallment = minInstallment == null ? Map.of() : Map.copyOf(minInstallment);
    }

    CollectionPolicy defaultPolicy(Currency currency) {
        var least = minInstallment.getOrDefault(currency.getCurrencyCode(), defaultMinInstallment);
        return new CollectionPolicy(currency, maxInstallments, maxTermDays, Money.of(least, currency),
                minDownPaymentPercent, frequencies, firstPaymentWithinDays, graceDays, promiseWithinDays,
                new CollectionPolicy.AutoApproval(autoApprovalMaxTermDays, autoApprovalMinDownPaymentPercent,
                        autoApprovalBrokenPlanLookbackMonths));
    }
}
