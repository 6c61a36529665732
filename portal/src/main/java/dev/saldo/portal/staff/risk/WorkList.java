package dev.saldo.portal.staff.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Reason;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import org.springframework.stereotype.Service;

/**
 * Who to contact today and why. Every delinquent debtor, those who broke a promise or plan in the last
 * year first, then by risk × how big their overdue amount is for its currency × how long it has been
 * overdue; each with their segment and its reasons, and what drives their risk.
 */
@Service
public class WorkList {

    /** One debtor to contact, with everything that put them where they are on the list. */
    public record Item(DebtorId debtorId, String name, String externalId, Segment segment, List<Reason> segmentReasons,
            Optional<Double> risk, List<RiskModel.Factor> riskFactors, Money overdue, long daysOverdue,
            int brokenLastYear, double priority) {

        /** The risk in whole percent, between 1 and 99: a logistic model is never certain, and "100 %" would claim it is. */
        public Optional<Long> riskPercent() {
            return risk.map(r -> Math.max(1, Math.min(99, Math.round(r * 100))));
        }

        public boolean brokePromise() {
            return brokenLastYear > 0;
        }
    }

    static final Comparator<Item> ORDER = Comparator.comparing(Item::brokePromise).reversed()
            .thenComparing(Comparator.comparingDouble(Item::priority).reversed())
            .thenComparing(Item::name, Comparator.nullsLast(Comparator.naturalOrder()));

    private final DebtorHistories histories;
    private final RiskModels models;
    private final DebtorDirectory debtors;
    private final Clock clock;

    WorkList(DebtorHistories histories, RiskModels models, DebtorDirectory debtors, Clock clock) {
        this.histories = histories;
        this.models = models;
        this.debtors = debtors;
        this.clock = clock;
    }

    /** Today's list, most urgent first. */
    public List<Item> today() {
        var today = LocalDate.now(clock);
        var model = models.current().map(RiskTraining.Trained::model);
        var delinquent = histories.all().stream().map(h -> HistoryFacts.of(h, today).withDebtor(h.debtor()))
                .filter(f -> f.facts().isDelinquent()).toList();
        var names = debtors.byIds(delinquent.stream().map(DebtorFacts::debtor).toList());
        return rank(delinquent, model, names);
    }

    /** One debtor's segment, risk and factors today, whether or not they are behind. */
    public Optional<Item> of(DebtorId debtor) {
        var facts = HistoryFacts.of(histories.of(debtor), LocalDate.now(clock));
        var model = models.current().map(RiskTraining.Trained::model);
        return rank(List.of(facts.withDebtor(debtor)), model, debtors.byIds(List.of(debtor))).stream().findFirst();
    }

    /** One debtor's history facts as of today. */
    public Optional<HistoryFacts> factsOf(DebtorId debtor) {
        return Optional.of(HistoryFacts.of(histories.of(debtor), LocalDate.now(clock)));
    }

    static List<Item> rank(List<DebtorFacts> delinquent, Optional<RiskModel> model, java.util.Map<DebtorId, Debtor> names) {
        var typical = typicalOverdue(delinquent);
        var items = new ArrayList<Item>();
        for (var entry : delinquent) {
            var facts = entry.facts();
            var verdict = SegmentRules.segmentOf(facts);
            if (verdict.isEmpty()) {
                continue;
            }
            var risk = model.map(m -> m.probability(facts));
            var factors = model.map(m -> m.topFactors(facts, 3)).orElse(List.of());
            var size = facts.overdue().minorUnits() / (double) Math.max(1, typical.getOrDefault(facts.overdue().currency(), 1L));
            var priority = risk.orElse(0.5) * size * Math.min(180, facts.oldestDaysOverdue()) / 30.0;
            var debtor = names.get(entry.debtor());
            items.add(new Item(entry.debtor(), debtor == null ? entry.debtor().value() : debtor.name(),
                    debtor == null ? null : debtor.externalId(), verdict.get().segment(), verdict.get().reasons(), risk,
                    factors, facts.overdue(), facts.oldestDaysOverdue(), facts.brokenLastYear(), priority));
        }
        items.sort(ORDER);
        return items;
    }

    /** The median overdue amount per currency, so amounts in pesos and in dollars weigh alike. */
    private static java.util.Map<java.util.Currency, Long> typicalOverdue(List<DebtorFacts> delinquent) {
        var byCurrency = new HashMap<java.util.Currency, List<Long>>();
        delinquent.forEach(d -> byCurrency.computeIfAbsent(d.facts().overdue().currency(), c -> new ArrayList<>())
                .add(d.facts().overdue().minorUnits()));
        var medians = new HashMap<java.util.Currency, Long>();
        byCurrency.forEach((currency, amounts) -> {
            amounts.sort(Comparator.naturalOrder());
            medians.put(currency, amounts.get(amounts.size() / 2));
        });
        return medians;
    }

    record DebtorFacts(DebtorId debtor, HistoryFacts facts) {
    }
}
