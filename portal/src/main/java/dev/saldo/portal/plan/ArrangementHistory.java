package dev.saldo.portal.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.PromiseStatus;
import dev.saldo.portal.invoice.PortfolioScan;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every promise and plan that has ended, kept or broken: what the staff workspace reads to judge how a
 * debtor keeps their word. Also records promises from before Saldo (an ERP's history, the demo).
 */
@Service
public class ArrangementHistory {

    private final MongoTemplate mongo;

    ArrangementHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every ended promise and plan across the portfolio; close the stream. */
    public Stream<ArrangementOutcome> everyOutcome() {
        var promises = mongo.stream(Query.query(Criteria.where("status").in(PromiseStatus.KEPT, PromiseStatus.BROKEN))
                .cursorBatchSize(PortfolioScan.SCAN_BATCH),
                PromiseRecord.class).map(ArrangementHistory::outcome);
        var plans = mongo.stream(Query.query(Criteria.where("status").in(PlanStatus.COMPLETED, PlanStatus.BROKEN))
                .cursorBatchSize(PortfolioScan.SCAN_BATCH),
                PlanRecord.class).map(ArrangementHistory::outcome);
        return Stream.concat(promises, plans);
    }

    /** One debtor's ended promises and plans. */
    public List<ArrangementOutcome> outcomesOf(DebtorId debtor) {
        var byDebtor = Criteria.where("debtorId").is(debtor.value());
        var promises = mongo.find(Query.query(byDebtor.and("status").in(PromiseStatus.KEPT, PromiseStatus.BROKEN)),
                PromiseRecord.class).stream().map(ArrangementHistory::outcome);
        var plans = mongo.find(Query.query(Criteria.where("debtorId").is(debtor.value()).and("status")
                .in(PlanStatus.COMPLETED, PlanStatus.BROKEN)), PlanRecord.class).stream().map(ArrangementHistory::outcome);
        return Stream.concat(promises, plans).toList();
    }

    /** A promise that ended before it reached Saldo, as the source system remembers it. */
    public void recordPastPromise(DebtorId debtor, Money amount, LocalDate madeOn, LocalDate date, boolean kept) {
        if (date.isBefore(madeOn)) {
            throw new IllegalArgumentException("a promise's date " + date + " cannot precede the day it was made " + madeOn);
        }
        mongo.insert(new PromiseRecord(null, debtor.value(), amount.currency().getCurrencyCode(), amount.minorUnits(),
                kept ? amount.minorUnits() : 0, date, null, kept ? PromiseStatus.KEPT : PromiseStatus.BROKEN,
                madeOn.atStartOfDay().toInstant(ZoneOffset.UTC), date, null));
    }

    private static ArrangementOutcome outcome(PromiseRecord r) {
        var made = r.madeAt().atZone(ZoneOffset.UTC).toLocalDate();
        return new ArrangementOutcome(DebtorId.of(r.debtorId()), ArrangementOutcome.Kind.PROMISE, made,
                r.endedOn() != null ? r.endedOn() : r.date(), r.status() == PromiseStatus.BROKEN);
    }

    private static ArrangementOutcome outcome(PlanRecord r) {
        var ended = r.endedOn() != null ? r.endedOn() : r.madeOn();
        return new ArrangementOutcome(DebtorId.of(r.debtorId()), ArrangementOutcome.Kind.PLAN, r.madeOn(), ended,
                r.status() == PlanStatus.BROKEN);
    }
}
