package dev.saldo.portal.staff.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.saldo.domain.plan.Reason;

/**
 * Which segment a delinquent debtor is in, by small named rules over their {@link HistoryFacts}. Each
 * rule that fires gives a reason staff can read; the most serious segment any rule points to wins, and
 * its reasons are shown. A debtor no chronic or intentional rule fires for is temporary.
 */
public final class SegmentRules {

    /** The segment and the reasons for it, as message keys with arguments. */
    public record Verdict(Segment segment, List<Reason> reasons) {
    }

    /** One rule: the segment it points to and the reason, when it fires. */
    public record Rule(String name, Segment segment, Function<HistoryFacts, Optional<Reason>> test) {
    }

    /** Broke promises or plans and paid something lately: could pay, chose not to keep their word. */
    static final Rule BREAKS_WORD_WHILE_PAYING = new Rule("breaks-word-while-paying", Segment.INTENTIONAL,
            f -> f.brokenLastYear() >= 2 && f.paidLast90Days().isPositive()
                    ? Optional.of(Reason.of("segment.reason.breaks-word-while-paying", f.brokenLastYear(), f.paidLast90Days()))
                    : Optional.empty());

    /** Ignores reminders and has broken at least one arrangement. Only where contact attempts are recorded. */
    static final Rule IGNORES_CONTACT = new Rule("ignores-contact", Segment.INTENTIONAL,
            f -> f.ignoredContacts() != null && f.ignoredContacts() >= 3 && f.brokenLastYear() >= 1
                    ? Optional.of(Reason.of("segment.reason.ignores-contact", f.ignoredContacts(), f.brokenLastYear()))
                    : Optional.empty());

    /** Most invoices of the last year went more than 30 days late. */
    static final Rule OFTEN_VERY_LATE = new Rule("often-very-late", Segment.CHRONIC,
            f -> f.lateOver30() >= 3 && f.lateOver30() * 10 >= f.dueLastYear() * 4
                    ? Optional.of(Reason.of("segment.reason.often-very-late", f.lateOver30(), f.dueLastYear()))
                    : Optional.empty());

    /** Several invoices behind, the oldest for more than 90 days. */
    static final Rule LONG_AND_WIDE_ARREARS = new Rule("long-and-wide-arrears", Segment.CHRONIC,
            f -> f.overdueInvoices() >= 2 && f.oldestDaysOverdue() > 90
                    ? Optional.of(Reason.of("segment.reason.long-and-wide-arrears", f.overdueInvoices(), f.oldestDaysOverdue()))
                    : Optional.empty());

    /** Broke one promise or plan: worth noting, not yet a pattern. */
    static final Rule BROKE_ONE_ARRANGEMENT = new Rule("broke-one-arrangement", Segment.TEMPORARY,
            f -> f.brokenLastYear() == 1
                    ? Optional.of(Reason.of("segment.reason.broke-one-arrangement"))
                    : Optional.empty());

    /** Usually pays on time: the track record behind a temporary segment. */
    static final Rule USUALLY_PAYS = new Rule("usually-pays", Segment.TEMPORARY,
            f -> f.dueLastYear() > 0 && f.paidOnTime() * 2 >= f.dueLastYear()
                    ? Optional.of(Reason.of("segment.reason.usually-pays", f.paidOnTime(), f.dueLastYear()))
                    : Optional.empty());

    /** Behind for a short while only. */
    static final Rule RECENTLY_BEHIND = new Rule("recently-behind", Segment.TEMPORARY,
            f -> f.oldestDaysOverdue() <= 60
                    ? Optional.of(Reason.of("segment.reason.recently-behind", f.oldestDaysOverdue()))
                    : Optional.empty());

    static final List<Rule> ALL = List.of(BREAKS_WORD_WHILE_PAYING, IGNORES_CONTACT, OFTEN_VERY_LATE,
            LONG_AND_WIDE_ARREARS, BROKE_ONE_ARRANGEMENT, USUALLY_PAYS, RECENTLY_BEHIND);

    private SegmentRules() {
    }

    /** The segment of a delinquent debtor; empty when nothing is overdue. */
    public static Optional<Verdict> segmentOf(HistoryFacts facts) {
        if (!facts.isDelinquent()) {
            return Optional.empty();
        }
        var fired = new ArrayList<Fired>();
        for (var rule : ALL) {
            rule.test().apply(facts).ifPresent(reason -> fired.add(new Fired(rule.segment(), reason)));
        }
        var segment = fired.stream().map(Fired::segment).max(Comparator.naturalOrder()).orElse(Segment.TEMPORARY);
        var reasons = fired.stream().filter(f -> f.segment() == segment).map(Fired::reason).toList();
        if (reasons.isEmpty()) {
            reasons = List.of(Reason.of("segment.reason.no-pattern", facts.oldestDaysOverdue()));
        }
        return Optional.of(new Verdict(segment, reasons));
    }

    private record Fired(Segment segment, Reason reason) {
    }
}
