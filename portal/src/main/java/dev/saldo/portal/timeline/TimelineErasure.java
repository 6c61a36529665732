package dev.saldo.portal.timeline;

import java.util.List;

import dev.saldo.portal.debtor.DebtorErased;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * When a debtor is erased, what they or staff wrote about them goes too (messages, notes, contact values,
 * dispute texts); payment, plan and promise lines stay with the financial records they describe.
 */
@Component
class TimelineErasure {

    private static final List<TimelineKind> PERSONAL = List.of(TimelineKind.CONTACT_CHANGE, TimelineKind.DEBTOR_MESSAGE,
            TimelineKind.STAFF_NOTE, TimelineKind.DISPUTE_OPENED, TimelineKind.DISPUTE_RESOLVED);

    private final MongoTemplate mongo;

    TimelineErasure(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void on(DebtorErased event) {
        var debtor = event.debtorId().value();
        mongo.remove(Query.query(Criteria.where("debtorId").is(debtor).and("kind").in(PERSONAL)), TimelineEntry.class);
        mongo.updateMulti(Query.query(Criteria.where("debtorId").is(debtor)),
                new Update().set("text", "").set("resolution", ""), Dispute.class);
    }
}
