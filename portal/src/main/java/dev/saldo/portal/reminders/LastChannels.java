package dev.saldo.portal.reminders;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The last channel that reached each debtor: tried first next time. One small document per debtor. */
@Component
class LastChannels {

    @Document("reminder_last_channels")
    record LastChannel(@Id String debtorId, Channel channel) {
    }

    private final MongoTemplate mongo;

    LastChannels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Channel of(DebtorId debtor) {
        var known = mongo.findById(debtor.value(), LastChannel.class);
        return known == null ? null : known.channel();
    }

    void worked(DebtorId debtor, Channel channel) {
        mongo.upsert(Query.query(Criteria.where("_id").is(debtor.value())), new Update().set("channel", channel),
                LastChannel.class);
    }

    /** The channel turned out not to reach the debtor: unless another has worked since, none is known any more. */
    void failed(DebtorId debtor, Channel channel) {
        mongo.remove(Query.query(Criteria.where("_id").is(debtor.value()).and("channel").is(channel)), LastChannel.class);
    }
}
