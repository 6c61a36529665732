package dev.saldo.portal.staff.risk;

import static dev.saldo.portal.staff.risk.Histories.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.plan.Reason;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    @Test
    void a_debtor_with_nothing_overdue_has_no_segment() {
        var facts = history().invoice(40, 0).invoice(10, 2).facts();

        assertThat(SegmentRules.segmentOf(facts)).isEmpty();
    }

    @Test
    void a_usually_punctual_debtor_a_few_weeks_behind_is_temporary_and_told_why() {
        var facts = history().invoice(100, 0).invoice(70, 1).invoice(40, 3).invoice(20, null).facts();

        var verdict = SegmentRules.segmentOf(facts).orElseThrow();

        assertThat(verdict.segment()).isEqualTo(Segment.TEMPORARY);
        assertThat(verdict.reasons()).containsExactly(Reason.of("segment.reason.usually-pays", 3, 4),
                Reason.of("segment.reason.recently-behind", 20L));
    }

    @Test
    void most_invoices_paid_or_still_unpaid_more_than_30_days_late_make_a_debtor_chronic() {
        var facts = history().invoice(200, 45).invoice(170, 40).invoice(140, 60).invoice(110, 2).invoice(35, null)
                .facts();

        var verdict = SegmentRules.segmentOf(facts).orElseThrow();

        assertThat(verdict.segment()).isEqualTo(Segment.CHRONIC);
        assertThat(verdict.reasons()).containsExactly(Reason.of("segment.reason.often-very-late", 4, 5));
    }

    @Test
    void two_invoices_behind_the_oldest_over_90_days_make_a_debtor_chronic() {
        var facts = history().invoice(95, null).invoice(30, null).facts();

        var verdict = SegmentRules.segmentOf(facts).orElseThrow();

        assertThat(verdict.segment()).isEqualTo(Segment.CHRONIC);
        assertThat(verdict.reasons()).contains(Reason.of("segment.reason.long-and-wide-arrears", 2, 95L));
    }

    @Test
    void one_invoice_over_90_days_alone_is_not_chronic_arrears() {
        var facts = history().invoice(300, 0).invoice(270, 0).invoice(95, null).facts();

        assertThat(SegmentRules.LONG_AND_WIDE_ARREARS.test().apply(facts)).isEmpty();
    }

    @Test
    void breaking_two_promises_while_paying_other_invoices_is_intentional() {
        var facts = history().invoice(80, null).invoice(50, 2).invoice(20, 1).promise(60, true).promise(30, true).facts();

        var verdict = SegmentRules.segmentOf(facts).orElseThrow();

        assertThat(verdict.segment()).isEqualTo(Segment.INTENTIONAL);
        assertThat(verdict.reasons()).containsExactly(
                Reason.of("segment.reason.breaks-word-while-paying", 2, Histories.clp(200_000)));
    }

    @Test
    void breaking_promises_without_paying_anything_is_not_called_intentional() {
        var facts = history().invoice(80, null).invoice(50, null).promise(60, true).promise(30, true).facts();

        assertThat(SegmentRules.BREAKS_WORD_WHILE_PAYING.test().apply(facts)).isEmpty();
        assertThat(SegmentRules.segmentOf(facts).orElseThrow().segment()).isNotEqualTo(Segment.INTENTIONAL);
    }

    @Test
    void ignoring_three_reminders_after_a_broken_promise_is_intentional_only_where_contact_is_recorded() {
        var unknown = history().invoice(50, null).promise(20, true).facts();
        var ignoring = history().invoice(50, null).promise(20, true).ignoredContacts(3).facts();

        assertThat(SegmentRules.IGNORES_CONTACT.test().apply(unknown)).isEmpty();
        var verdict = SegmentRules.segmentOf(ignoring).orElseThrow();
        assertThat(verdict.segment()).isEqualTo(Segment.INTENTIONAL);
        assertThat(verdict.reasons()).containsExactly(Reason.of("segment.reason.ignores-contact", 3, 1));
    }

    @Test
    void one_broken_promise_is_mentioned_but_stays_temporary() {
        var facts = history().invoice(70, 0).invoice(25, null).promise(10, true).facts();

        var verdict = SegmentRules.segmentOf(facts).orElseThrow();

        assertThat(verdict.segment()).isEqualTo(Segment.TEMPORARY);
        assertThat(verdict.reasons()).contains(Reason.of("segment.reason.broke-one-arrangement"));
    }

    @Test
    void a_debtor_no_rule_describes_still_gets_a_reason() {
        var facts = history().invoice(75, null).facts();

        var verdict = SegmentRules.segmentOf(facts).orElseThrow();

        assertThat(verdict.segment()).isEqualTo(Segment.TEMPORARY);
        assertThat(verdict.reasons()).containsExactly(Reason.of("segment.reason.no-pattern", 75L));
    }
}
