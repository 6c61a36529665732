package dev.saldo.portal.ui;

import java.util.Optional;

/**
 * Something a capability wants people to read on the sign-in page (the demo lists its accounts).
 * Capabilities contribute beans of this type, so the shell never depends on them.
 */
public interface LoginNotice {

    /** The message key to show, or empty to show nothing. */
    Optional<String> messageKey();
}
