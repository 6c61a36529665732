package dev.saldo.portal.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for the API: the account is read and checked (disabled, locked, expired) on every request as
 * before; only the password check is skipped when these very credentials were verified against the
 * account's current stored hash within the cache's TTL. Anything else (a wrong password, a changed
 * hash, an expired entry) goes to the real check, and a failure there is a failure as before.
 */
class CachedPasswordCheck extends DaoAuthenticationProvider {

    private final VerifiedCredentials verified;

    CachedPasswordCheck(UserDetailsService users, PasswordEncoder encoder, VerifiedCredentials verified) {
        super(users);
        setPasswordEncoder(encoder);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        var presented = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        if (verified.verified(user.getUsername(), presented, user.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(user, authentication);
        verified.remember(user.getUsername(), presented, user.getPassword());
    }
}
