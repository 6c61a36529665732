package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.saldo.domain.payment.PaymentStatus;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The state machine of a payment attempt as atomic single-document updates: each transition names
 * the states it may start from, and only one of any number of racing callers wins it.
 */
@Component
class PaymentAttempts {

    /** Money that arrived is recorded even after a decline or an expiry: the debtor may have retried. */
    static final Set<PaymentStatus> CAN_SUCCEED = EnumSet.of(PaymentStatus.CREATED, PaymentStatus.PENDING,
            PaymentStatus.PROCESSING, PaymentStatus.FAILED, PaymentStatus.EXPIRED, PaymentStatus.REPORTED);
    static final Set<PaymentStatus> OPEN = EnumSet.of(PaymentStatus.CREATED, PaymentStatus.PENDING,
            PaymentStatus.PROCESSING);

    private final MongoTemplate mongo;
    private final Clock clock;

    PaymentAttempts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    boolean opened(String id, String gateway, String sessionId, String url) {
        return transition(id, EnumSet.of(PaymentStatus.CREATED), PaymentStatus.PENDING,
                new Update().set("gateway", gateway).set("sessionId", sessionId).set("checkoutUrl", url));
    }

    boolean succeeded(String id, String reference) {
        var update = new Update().set("settledAt", Instant.now(clock)).unset("failure");
        if (reference != null) {
            update.set("gatewayReference", reference);
        }
        return transition(id, CAN_SUCCEED, PaymentStatus.SUCCEEDED, update);
    }

    boolean processing(String id, String reference) {
        var update = new Update();
        if (reference != null) {
            update.set("gatewayReference", reference);
        }
        return transition(id, EnumSet.of(PaymentStatus.CREATED, PaymentStatus.PENDING), PaymentStatus.PROCESSING, update);
    }

    boolean failed(String id, FailureReason reason) {
        return transition(id, OPEN, PaymentStatus.FAILED, new Update().set("failure", reason));
    }

    boolean expired(String id) {
        return transition(id, OPEN, PaymentStatus.EXPIRED, new Update().set("failure", FailureReason.CHECKOUT_EXPIRED));
    }

    boolean rejected(String id) {
        return transition(id, EnumSet.of(PaymentStatus.REPORTED), PaymentStatus.REJECTED, new Update());
    }

    /** Any refund is recorded; only a full one turns a succeeded payment into a refunded one. */
    boolean refunded(String id, long refundedMinor, boolean full) {
        var update = new Update().max("refundedMinor", refundedMinor);
        if (!full) {
            return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update.set("updatedAt", Instant.now(clock)),
                    PaymentRecord.class).getModifiedCount() > 0;
        }
        return transition(id, EnumSet.complementOf(EnumSet.of(PaymentStatus.REFUNDED)), PaymentStatus.REFUNDED,
                update.set("creditMinor", 0L));
    }

    /** Records what reached the invoices, once; a second caller with the same result changes nothing. */
    boolean applied(String id, List<PaymentRecord.Share> shares, long creditMinor) {
        var query = Query.query(Criteria.where("_id").is(id).and("status").is(PaymentStatus.SUCCEEDED)
                .and("applied").isNull());
        var update = new Update().set("applied", shares).set("creditMinor", creditMinor)
                .set("updatedAt", Instant.now(clock));
        return mongo.updateFirst(query, update, PaymentRecord.class).getModifiedCount() > 0;
    }

    private boolean transition(String id, Set<PaymentStatus> from, PaymentStatus to, Update update) {
        var query = Query.query(Criteria.where("_id").is(id).and("status").in(from));
        update.set("status", to).set("updatedAt", Instant.now(clock));
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                PaymentRecord.class) != null;
    }
}
