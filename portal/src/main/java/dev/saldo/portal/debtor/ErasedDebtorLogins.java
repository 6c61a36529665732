package dev.saldo.portal.debtor;

import dev.saldo.portal.identity.ErasedDebtorAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An erased debtor can no longer sign in: their built-in logins are disabled and anonymised. */
@Component
class ErasedDebtorLogins {

    private final ErasedDebtorAccounts accounts;

    ErasedDebtorLogins(ErasedDebtorAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(DebtorErased erased) {
        accounts.disableLoginsOf(erased.debtorId());
    }
}
