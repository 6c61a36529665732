package dev.saldo.portal.identity;

import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, for views and controllers that must scope data to them. */
@Component
public class CurrentUser {

    public Optional<SaldoUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case SaldoUser user -> Optional.of(user);
            case SaldoOidcUser oidc -> Optional.of(oidc.user());
            case null, default -> Optional.empty();
        };
    }

    /** The signed-in debtor; fails for anyone else, so no debtor query can run unscoped. */
    public DebtorId requireDebtor() {
        return get().flatMap(SaldoUser::debtorId)
                .orElseThrow(() -> new AccessDeniedException("The current user is not a debtor"));
    }
}
