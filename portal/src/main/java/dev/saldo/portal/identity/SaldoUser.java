package dev.saldo.portal.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person, however they signed in (built-in account, Keycloak login or bearer token):
 * a Spring Security user that also knows its debtor, its display name and its Keycloak subject.
 */
public final class SaldoUser extends User {

    private final String displayName;
    private final Set<Role> roles;
    private final String debtorId;
    private final String subject;

    SaldoUser(UserAccount account) {
        super(account.username(), account.passwordHash(), authorities(account.roles()));
        this.displayName = account.displayName();
        this.roles = Set.copyOf(account.roles());
        this.debtorId = account.debtorId();
        this.subject = account.subject();
    }

    /** Someone Keycloak vouches for: no password here, the token is the credential. */
    SaldoUser(String username, String displayName, Set<Role> roles, String debtorId, String subject) {
        super(username, "", authorities(roles));
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.debtorId = debtorId;
        this.subject = subject;
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Optional<DebtorId> debtorId() {
        return Optional.ofNullable(debtorId).map(DebtorId::of);
    }

    /** The Keycloak user id, when this person is linked to one. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
