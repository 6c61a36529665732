package dev.saldo.portal.payment.ui;

import java.util.Locale;

import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.portal.ui.Formats;

/** Why a payment is not allowed, as a sentence naming the amount that matters (the minimum, or what is owed). */
final class RejectionMessages {

    interface Translator {
        String translate(String key, Object... parameters);
    }

    private RejectionMessages() {
    }

    static String of(PaymentRejectedException rejected, Locale locale, Translator translator) {
        var limit = rejected.limit() == null ? "" : Formats.money(rejected.limit(), locale);
        return translator.translate(rejected.reason().messageKey(), limit);
    }
}
