package dev.saldo.portal.fee;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A supervisor's fee and discount rules for one currency; the id is the currency code. */
@Document("fee_rules")
record FeeRuleRecord(
        @Id String currency,
        int graceDays,
        long fixedMinor,
        BigDecimal oneOffPercent,
        BigDecimal annualInterestPercent,
        long capMinor,
        BigDecimal capPercent,
        BigDecimal discountPercent,
        int discountDaysBeforeDue,
        String updatedBy,
        Instant updatedAt,
        @Version Long version) {

    static FeeRuleRecord from(FeeRules rules, String updatedBy, Instant updatedAt, Long version) {
        var late = rules.lateFee();
        var early = rules.earlyDiscount();
        return new FeeRuleRecord(rules.currency().getCurrencyCode(), late.graceDays(), late.fixed().minorUnits(),
                late.oneOffPercent(), late.annualInterestPercent(), late.cap().minorUnits(), late.capPercent(),
                early.percent(), early.daysBeforeDue(), updatedBy, updatedAt, version);
    }

    FeeRules toDomain() {
        var money = Currency.getInstance(currency);
        return new FeeRules(money,
                new FeeRules.LateFee(graceDays, Money.ofMinor(fixedMinor, money), oneOffPercent, annualInterestPercent,
                        Money.ofMinor(capMinor, money), capPercent),
                new FeeRules.EarlyDiscount(discountPercent, discountDaysBeforeDue));
    }
}
