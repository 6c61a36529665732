package dev.saldo.portal.identity;

import java.util.List;
import java.util.Set;

import dev.saldo.domain.debtor.DebtorId;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The built-in accounts: looked up at sign-in and created (with hashed passwords) by the seeder or an admin. */
@Service
public class AccountDirectory implements UserDetailsService {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountDirectory(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase())
                .map(SaldoUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    /** The usernames that sign in as this debtor (for the debtor's own personal-data export). */
    public List<String> usernamesOf(DebtorId debtor) {
        return accounts.findByDebtorId(debtor.value()).stream().map(UserAccount::username).toList();
    }

    /** Creates the account unless one with that username exists; returns whether it created it. */
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Set<Role> roles, String debtorId) {
        var normalized = username.trim().toLowerCase();
        if (accounts.findByUsername(normalized).isPresent()) {
            return false;
        }
        accounts.save(new UserAccount(null, normalized, passwordEncoder.encode(rawPassword), displayName, Set.copyOf(roles),
                debtorId, null));
        return true;
    }
}
