package dev.saldo.portal.identity;

import java.security.SecureRandom;
import java.util.Base64;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * When a debtor is erased, their built-in logins are too: the username (often their name) is replaced, the
 * password becomes a random one nobody knows, and the account is marked disabled, so nobody can sign in
 * as them again. (With Keycloak, the realm's user must be disabled as well: see docs/operations.md.)
 */
@Component
public class ErasedDebtorAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final MongoTemplate mongo;
    private final PasswordEncoder passwordEncoder;

    ErasedDebtorAccounts(UserAccounts accounts, MongoTemplate mongo, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
    }

    /** Called when a debtor is erased (identity sits below the debtor capability, so it is told, not listening). */
    public void disableLoginsOf(DebtorId debtor) {
        for (var account : accounts.findByDebtorId(debtor.value())) {
            var update = new Update().set("username", "erased-" + account.id()).set("displayName", "")
                    .set("passwordHash", passwordEncoder.encode(randomSecret())).set("disabled", true)
                    .inc("version", 1);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id())), update, UserAccount.class);
        }
    }

    private static String randomSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
