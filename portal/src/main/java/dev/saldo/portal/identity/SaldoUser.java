package dev.saldo.portal.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its debtor and display name. */
public final class SaldoUser extends User {

    private final String displayName;
    private final Set<Role> roles;
    private final String debtorId;

    SaldoUser(UserAccount account) {
        super(account.username(), account.passwordHash(), authorities(account.roles()));
        this.displayName = account.displayName();
        this.roles = Set.copyOf(account.roles());
        this.debtorId = account.debtorId();
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

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
