package dev.saldo.portal.database;

import java.time.Clock;
import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Exactly-once across instances for things that may arrive twice (a provider's webhook event delivered to
 * two instances, a retried confirmation): the first caller to claim a key wins, atomically, because the key
 * is the document's {@code _id} in {@code processed_claims}; every later claim of it, on any instance, loses.
 */
@Service
public class OnceOnly {

    static final String COLLECTION = "processed_claims";

    private final MongoTemplate mongo;
    private final Clock clock;

    OnceOnly(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Claims {@code key} within {@code scope} (e.g. "stripe-event", "evt_123").
     *
     * @return true for the one caller that should act on it, false for every duplicate
     */
    public boolean claim(String scope, String key) {
        var claim = new Document("_id", scope + ":" + key).append("scope", scope).append("claimedAt", Instant.now(clock));
        try {
            mongo.getCollection(COLLECTION).insertOne(claim);
            return true;
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
