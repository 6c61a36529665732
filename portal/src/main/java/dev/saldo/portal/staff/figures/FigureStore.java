package dev.saldo.portal.staff.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Where the running figures live: a handful of documents, however many invoices there are. */
@Component
class FigureStore {

    private final MongoTemplate mongo;

    FigureStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<LocalDate> asOf() {
        return Optional.ofNullable(mongo.findById(RollState.ID, RollState.class)).map(RollState::asOf);
    }

    void setAsOf(LocalDate day) {
        mongo.upsert(Query.query(Criteria.where("_id").is(RollState.ID)), Update.update("asOf", day), RollState.class);
    }

    /** One atomic {@code $inc} on the currency's tally, created if it is the currency's first. */
    void apply(Tally change) {
        if (!change.isEmpty()) {
            mongo.upsert(Query.query(Criteria.where("_id").is(change.currency())), change.asIncrement(), TallyDocument.class);
        }
    }

    List<Tally> tallies() {
        return mongo.find(new Query().with(Sort.by("_id")), TallyDocument.class).stream().map(Tally::of).toList();
    }

    void replaceTallies(Collection<Tally> tallies) {
        mongo.remove(new Query(), TallyDocument.class);
        tallies.forEach(t -> mongo.insert(t.asDocument()));
    }

    void writeSnapshot(DailySnapshot snapshot) {
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(snapshot.id())), snapshot,
                FindAndReplaceOptions.options().upsert());
    }

    void replaceSnapshots(Collection<DailySnapshot> snapshots) {
        mongo.remove(new Query(), DailySnapshot.class);
        mongo.insertAll(snapshots);
    }

    List<DailySnapshot> snapshots(String currency, LocalDate from) {
        var query = Query.query(Criteria.where("currency").is(currency).and("date").gte(from)).with(Sort.by("date"));
        return mongo.find(query, DailySnapshot.class);
    }
}
