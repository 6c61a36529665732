package dev.saldo.portal.identity;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A built-in login. The password is only ever stored hashed; {@code debtorId} is set for debtors and
 * is what every debtor-facing query is scoped by.
 */
@Document("accounts")
record UserAccount(
        @Id String id,
        @Indexed(unique = true) String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        String debtorId,
        @Version Long version) {
}
