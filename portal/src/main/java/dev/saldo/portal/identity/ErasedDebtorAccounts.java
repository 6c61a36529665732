package dev.saldo.portal.identity;

import java.security.SecureRandom;
import java.util.Base64;

import dev.saldo.domain.debtor.DebtorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * When a debtor is erased, their logins are too: the username (often their name) is replaced, the
 * password becomes a random one nobody knows, and the account is marked disabled, so nobody can sign in
 * as them again. In Keycloak mode the realm's user (name, e-mail, sessions) is deleted through the admin
 * API; if Keycloak cannot be reached the disabled account still keeps every token away from the debtor's
 * data, and the error says which user to delete by hand.
 */
@Component
public class ErasedDebtorAccounts {

    private static final Logger log = LoggerFactory.getLogger(ErasedDebtorAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final MongoTemplate mongo;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<KeycloakUsers> keycloak;
    private final VerifiedCredentials verified;

    ErasedDebtorAccounts(UserAccounts accounts, MongoTemplate mongo, PasswordEncoder passwordEncoder,
            ObjectProvider<KeycloakUsers> keycloak, VerifiedCredentials verified) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.keycloak = keycloak;
        this.verified = verified;
    }

    /** Called when a debtor is erased (identity sits below the debtor capability, so it is told, not listening). */
    public void disableLoginsOf(DebtorId debtor) {
        for (var account : accounts.findByDebtorId(debtor.value())) {
            var update = new Update().set("username", "erased-" + account.id()).set("displayName", "")
                    .set("passwordHash", passwordEncoder.encode(randomSecret())).set("disabled", true)
                    .inc("version", 1);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id())), update, UserAccount.class);
            verified.forget(account.username());
            if (account.subject() != null) {
                keycloak.ifAvailable(users -> deleteRealmUser(users, account.subject()));
            }
        }
    }

    private static void deleteRealmUser(KeycloakUsers users, String subject) {
        try {
            users.delete(subject);
            log.info("Keycloak user {} of an erased debtor deleted", subject);
        } catch (RuntimeException e) {
            log.error("Keycloak user {} of an erased debtor could not be deleted ({}); its portal account is disabled."
                    + " Delete the user in Keycloak's admin console.", subject, e.toString());
        }
    }

    private static String randomSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
