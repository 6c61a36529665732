package dev.saldo.portal.identity;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who can sign in. The password is only ever stored hashed (and is absent for people who
 * sign in through Keycloak); {@code debtorId} is set for debtors and is what every debtor-facing
 * query is scoped by. {@code subject} is the Keycloak user id ({@code sub}): the stable link, because
 * usernames and e-mails can change. A {@code disabled} account (its debtor was erased) reaches no data,
 * whatever a token for its subject says.
 */
@Document("accounts")
record UserAccount(
        @Id String id,
        @Indexed(unique = true) String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        @Indexed String debtorId,
        @Version Long version,
        @Indexed String subject,
        boolean disabled) {

    UserAccount withSubject(String subject) {
        return new UserAccount(id, username, passwordHash, displayName, roles, debtorId, version, subject, disabled);
    }
}
