package dev.saldo.portal.payment.stripe;

import java.util.Set;

import dev.saldo.domain.money.Money;

/**
 * Amounts as Stripe counts them: in the currency's smallest unit as Stripe defines it. For CLP or JPY
 * that is the whole peso or yen (Stripe's "zero-decimal currencies"), for the three-decimal dinars
 * thousandths, for everything else cents. ISO 4217 and Stripe differ for some (ISK, UGX), so this
 * follows Stripe's list, not the JDK's.
 */
final class StripeAmounts {

    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
            "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {
    }

    static long of(Money money) {
        return money.amount().movePointRight(decimals(money)).longValueExact();
    }

    static String currency(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT);
    }

    private static int decimals(Money money) {
        var code = money.currency().getCurrencyCode();
        if (ZERO_DECIMAL.contains(code)) {
            return 0;
        }
        return THREE_DECIMAL.contains(code) ? 3 : 2;
    }
}
