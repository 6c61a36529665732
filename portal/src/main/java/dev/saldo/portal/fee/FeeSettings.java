package dev.saldo.portal.fee;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.money.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fee and discount rules a currency has until a supervisor edits them (none, unless configured),
 * and when the daily accrual job runs.
 *
 * @param defaults    rules per currency code, e.g. {@code saldo.fee.defaults.EUR.fixed=40}
 * @param accrualCron when the daily job adds late fees (portfolio time zone)
 * @param accrualPageSize how many overdue invoices the job reads at a time (the embedded database scans the
 *                        collection for each page, so fewer, larger pages cost less there)
 */
@ConfigurationProperties("saldo.fee")
public record FeeSettings(Map<String, Rule> defaults, @DefaultValue("0 30 3 * * *") String accrualCron,
        @DefaultValue("1000") int accrualPageSize) {

    public FeeSettings {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        if (accrualPageSize < 1) {
            throw new IllegalArgumentException("saldo.fee.accrual-page-size must be at least 1, was " + accrualPageSize);
        }
    }

    /** One currency's rules in major units and percentages; anything left out is zero (off). */
    public record Rule(@DefaultValue("0") int graceDays, @DefaultValue("0") BigDecimal fixed,
            @DefaultValue("0") BigDecimal oneOffPercent, @DefaultValue("0") BigDecimal annualInterestPercent,
            @DefaultValue("0") BigDecimal cap, @DefaultValue("0") BigDecimal capPercent,
            @DefaultValue("0") BigDecimal discountPercent, @DefaultValue("0") int discountDaysBeforeDue) {

        FeeRules toDomain(Currency currency) {
            return new FeeRules(currency,
                    new FeeRules.LateFee(graceDays, Money.of(fixed, currency), oneOffPercent, annualInterestPercent,
                            Money.of(cap, currency), capPercent),
                    new FeeRules.EarlyDiscount(discountPercent, discountDaysBeforeDue));
        }
    }

    FeeRules defaultRules(Currency currency) {
        // Keys from environment variables arrive lower-cased.
        return defaults.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(currency.getCurrencyCode()))
                .map(e -> e.getValue().toDomain(currency)).findFirst()
                .orElseGet(() -> FeeRules.none(currency));
    }
}
