package dev.saldo.portal.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Turns the claims Keycloak signed into a {@link SaldoUser}: roles from {@code realm_access.roles},
 * the debtor from the account linked to the token's {@code sub} (never from a name or an e-mail).
 */
@Component
class KeycloakPeople {

    private final UserAccounts accounts;

    KeycloakPeople(UserAccounts accounts) {
        this.accounts = accounts;
    }

    SaldoUser fromClaims(Map<String, Object> claims) {
        var subject = (String) claims.get("sub");
        var roles = realmRoles(claims);
        // An erased debtor's account is disabled: a token still circulating for it reaches no debtor.
        var account = subject == null ? java.util.Optional.<UserAccount>empty()
                : accounts.findFirstBySubject(subject).filter(a -> !a.disabled());
        var username = text(claims.get("preferred_username"), subject);
        var displayName = account.map(UserAccount::displayName).orElseGet(() -> text(claims.get("name"), username));
        var debtorId = roles.contains(Role.DEBTOR) ? account.map(UserAccount::debtorId).orElse(null) : null;
        return new SaldoUser(username, displayName, roles, debtorId, subject);
    }

    static Set<Role> realmRoles(Map<String, Object> claims) {
        var roles = EnumSet.noneOf(Role.class);
        if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            for (var name : names) {
                for (var role : Role.values()) {
                    if (role.name().equalsIgnoreCase(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
