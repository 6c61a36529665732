package dev.saldo.portal.demo;

import java.util.Optional;

import dev.saldo.portal.ui.LoginNotice;
import org.springframework.stereotype.Component;

/** Lists the demo accounts on the sign-in page, but only when the demo portfolio is on. */
@Component
class DemoAccountsNotice implements LoginNotice {

    private final DemoMode mode;

    DemoAccountsNotice(DemoMode mode) {
        this.mode = mode;
    }

    @Override
    public Optional<String> messageKey() {
        return mode.isEnabled() ? Optional.of("login.demo") : Optional.empty();
    }
}
