package dev.saldo.portal.ui;

import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;

/**
 * Something a debtor should read when they open their balance, contributed by the capability that knows
 * it (a bean of this type), so the balance screen does not depend on every capability that has news.
 */
public interface DebtorNotice {

    /** The notice for this debtor, in their language, or empty when there is nothing to say. */
    Optional<Text> noticeFor(DebtorId debtor, Locale locale);

    /**
     * @param id   a stable element id for the notice
     * @param text the sentence, already translated
     */
    record Text(String id, String text) {
    }
}
