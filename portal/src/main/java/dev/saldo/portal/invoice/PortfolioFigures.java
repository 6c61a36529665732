package dev.saldo.portal.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.saldo.domain.money.Money;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Portfolio totals per currency, summed by MongoDB so that no invoice is loaded into the portal.
 */
@Service
public class PortfolioFigures {

    /** Open receivables of one currency as of a day. */
    public record CurrencyFigures(Currency currency, Money open, Money overdue, long openInvoices, long debtors) {

        /** Overdue share in whole percent. */
        public long overduePercent() {
            return open.isZero() ? 0 : overdue.minorUnits() * 100 / open.minorUnits();
        }
    }

    record Totals(String id, long amount, long invoices, List<String> debtors) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    PortfolioFigures(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public List<CurrencyFigures> byCurrency() {
        var today = LocalDate.now(clock);
        var open = totals(Criteria.where("settled").is(false));
        var overdue = totals(Criteria.where("settled").is(false).and("dueDate").lt(today)).stream()
                .collect(Collectors.toMap(Totals::id, Function.identity()));
        return open.stream().map(total -> figures(total, overdue)).toList();
    }

    private CurrencyFigures figures(Totals open, Map<String, Totals> overdue) {
        var currency = Currency.getInstance(open.id());
        var late = overdue.get(open.id());
        return new CurrencyFigures(currency, Money.ofMinor(open.amount(), currency),
                Money.ofMinor(late == null ? 0 : late.amount(), currency), open.invoices(), open.debtors().size());
    }

    private List<Totals> totals(Criteria criteria) {
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(criteria),
                Aggregation.group("currency").sum("openMinor").as("amount").count().as("invoices")
                        .addToSet("debtorId").as("debtors"),
                Aggregation.sort(org.springframework.data.domain.Sort.by("_id")));
        return mongo.aggregate(aggregation, InvoiceRecord.class, Totals.class).getMappedResults();
    }
}
