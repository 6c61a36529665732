package dev.saldo.portal.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.saldo.domain.debtor.DebtorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Everyone who can sign in: looked up at built-in sign-in, created by the seeder or at activation, and
 * linked to Keycloak users by their subject id. In Keycloak mode changes that matter to login are
 * pushed to Keycloak too.
 */
@Service
public class AccountDirectory implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final IdentitySettings settings;
    private final ObjectProvider<KeycloakUsers> keycloak;

    AccountDirectory(UserAccounts accounts, PasswordEncoder passwordEncoder, IdentitySettings settings,
            ObjectProvider<KeycloakUsers> keycloak) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.keycloak = keycloak;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalize(username))
                .filter(account -> account.passwordHash() != null)
                .map(SaldoUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No built-in account " + username));
    }

    /** The usernames that sign in as this debtor (for the debtor's own personal-data export). */
    public List<String> usernamesOf(DebtorId debtor) {
        return accounts.findByDebtorId(debtor.value()).stream().map(UserAccount::username).toList();
    }

    /** Creates the account unless one with that username exists; returns whether it created it. */
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Set<Role> roles, String debtorId) {
        var normalized = normalize(username);
        if (accounts.findByUsername(normalized).isPresent()) {
            return false;
        }
        accounts.save(new UserAccount(null, normalized, passwordEncoder.encode(rawPassword), displayName, Set.copyOf(roles),
                debtorId, null, null, false));
        return true;
    }

    /** Links an existing account to a Keycloak user id, unless it is linked already or another account has that id. */
    public void linkSubject(String username, String subject) {
        if (accounts.findFirstBySubject(subject).isPresent()) {
            return;
        }
        accounts.findByUsername(normalize(username))
                .filter(account -> account.subject() == null)
                .ifPresent(account -> accounts.save(account.withSubject(subject)));
    }

    /** Whether anyone can already sign in as this debtor. */
    public boolean hasAccount(DebtorId debtor) {
        return accounts.existsByDebtorId(debtor.value());
    }

    public boolean usernameTaken(String username) {
        return accounts.findByUsername(normalize(username)).isPresent();
    }

    /**
     * Gives a debtor a login: a built-in account with this password, or in Keycloak mode a Keycloak
     * user with the {@code debtor} role (and a local account linked to it by subject).
     */
    public void activateDebtor(DebtorId debtor, String username, String email, String displayName, String rawPassword) {
        var normalized = normalize(username);
        if (settings.keycloakMode()) {
            var users = keycloak.getIfAvailable();
            if (users == null) {
                throw new IllegalStateException("Keycloak mode needs saldo.identity.admin credentials to activate accounts");
            }
            var subject = users.createDebtor(normalized, email, displayName, rawPassword);
            accounts.save(new UserAccount(null, normalized, null, displayName, Set.of(Role.DEBTOR), debtor.value(), null,
                    subject, false));
        } else {
            accounts.save(new UserAccount(null, normalized, passwordEncoder.encode(rawPassword), displayName,
                    Set.of(Role.DEBTOR), debtor.value(), null, null, false));
        }
    }

    /**
     * A debtor's e-mail changed: Keycloak users linked to that debtor get it as their login e-mail.
     * Returns false if Keycloak could not be told (the change in Saldo stands; the caller may retry).
     */
    public boolean emailChanged(DebtorId debtor, String email) {
        var users = keycloak.getIfAvailable();
        if (users == null) {
            return true;
        }
        var ok = true;
        for (var account : accounts.findByDebtorId(debtor.value())) {
            if (account.subject() == null) {
                continue;
            }
            try {
                users.changeEmail(account.subject(), email);
            } catch (RuntimeException e) {
                log.warn("Could not push the new e-mail of debtor {} to Keycloak user {}: {}", debtor.value(),
                        account.subject(), e.toString());
                ok = false;
            }
        }
        return ok;
    }

    Optional<UserAccount> bySubject(String subject) {
        return accounts.findFirstBySubject(subject);
    }

    private static String normalize(String username) {
        return username.trim().toLowerCase();
    }
}
