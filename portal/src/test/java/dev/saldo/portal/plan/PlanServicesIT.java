package dev.saldo.portal.plan;

import static dev.saldo.portal.plan.PlanFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.PromiseStatus;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plans and promises through their services against the embedded database, with time as a parameter.
 * Tests share one database, so each makes its own debtor and asserts only on that debtor's plans.
 */
@SpringBootTest
class PlanServicesIT {

    private static final Currency CLP = Currency.getInstance("CLP");

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "plans");
        registry.add("saldo.demo.enabled", () -> "false");
    }

    @Autowired PlanDesk desk;
    @Autowired ProposalReview review;
    @Autowired PromiseDesk promises;
    @Autowired PlanLifecycle lifecycle;
    @Autowired PlanHistory timeline;
    @Autowired DebtorDirectory debtors;
    @Autowired InvoiceBook invoices;
    @Autowired MongoTemplate mongo;
    @Autowired io.micrometer.core.instrument.MeterRegistry registry;

    PlanFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlanFixtures(debtors, invoices);
    }

    private long plansOf(PlanFixtures.Fixture f) {
        return desk.plans(f.debtor()).size();
    }

    @Test
    void a_plan_within_bounds_is_active_at_once_and_its_invoices_are_in_plan() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 100_000, 140_000);

        var plan = desk.submit(f.debtor(), draft(24_000, 3, Frequency.MONTHLY, today.plusDays(7)));

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.progress().installmentCount()).isEqualTo(3);
        assertThat(plan.progress().next().orElseThrow().installment().isDownPayment()).isTrue();
        assertThat(invoices.unsettled(f.debtor())).allSatisfy(row -> assertThat(row.inPlan()).isTrue());
        assertThat(desk.candidateInvoices(f.debtor())).isEmpty();
        assertThat(timeline.recent(f.debtor(), 10)).extracting(line -> line.what().key())
                .containsExactly("timeline.installment-plan-approved", "timeline.installment-plan-proposed");
        assertThat(timeline.recent(f.debtor(), 10).getLast().what().args()).as("total and installments, as proposed")
                .hasSize(2).first().isInstanceOf(dev.saldo.domain.money.Money.class);
        // The history has one home, the debtor timeline: the plan module keeps no copy of its own.
        assertThat(mongo.collectionExists("plan_timeline")).isFalse();
    }

    @Test
    void proposals_are_counted_in_the_metrics_as_approved_at_once_or_sent_to_review() {
        var today = desk.today();
        var auto = proposals("auto_approved");
        var reviewed = proposals("review");

        desk.submit(fixtures.debtorOwing(today, 100_000, 140_000).debtor(), draft(24_000, 3, Frequency.MONTHLY,
                today.plusDays(7)));
        desk.submit(fixtures.debtorOwing(today, 240_000).debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));
        desk.submit(fixtures.debtorOwing(today, 240_000).debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        assertThat(proposals("auto_approved")).isEqualTo(auto + 1);
        assertThat(proposals("review")).isEqualTo(reviewed + 2);
    }

    private double proposals(String decision) {
        var counter = registry.find("saldo.plan.proposals").tag("decision", decision).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a_plan_outside_bounds_waits_for_review_with_its_reasons_and_touches_no_invoice() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);

        var plan = desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        assertThat(plan.status()).isEqualTo(PlanStatus.PENDING_REVIEW);
        assertThat(plan.reasons()).extracting(r -> r.key()).containsExactly("plan.review.term", "plan.review.down-payment");
        assertThat(invoices.unsettled(f.debtor())).noneSatisfy(row -> assertThat(row.inPlan()).isTrue());
        assertThat(review.queue(java.util.Optional.of(CLP), org.springframework.data.domain.PageRequest.of(0, 500))
                .getContent()).extracting(PlanSummary::id).contains(plan.id());
    }

    @Test
    void a_refused_proposal_writes_nothing_and_says_why_with_an_alternative() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);

        assertThatThrownBy(() -> desk.submit(f.debtor(), draft(0, 24, Frequency.MONTHLY, today.plusDays(60))))
                .isInstanceOfSatisfying(PlanRefusedException.class, refused -> {
                    assertThat(refused.reasons()).extracting(r -> r.key())
                            .contains("plan.rule.max-installments", "plan.rule.first-date-late");
                    assertThat(refused.alternative()).isPresent();
                });
        assertThat(plansOf(f)).isZero();
        assertThat(timeline.recent(f.debtor(), 10)).isEmpty();
    }

    @Test
    void impossible_counts_dates_and_amounts_are_refused_with_clear_reasons_and_nothing_written() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 50_000);

        assertThat(desk.evaluate(f.debtor(), draft(0, 0, Frequency.MONTHLY, today)).verdict().reasons())
                .extracting(r -> r.key()).containsExactly("plan.input.installments-range");
        assertThat(desk.evaluate(f.debtor(), draft(50_000, 2, Frequency.MONTHLY, today)).verdict().reasons())
                .extracting(r -> r.key()).containsExactly("plan.input.down-payment-range");
        assertThat(desk.evaluate(f.debtor(), draft(-1, 2, Frequency.MONTHLY, today)).verdict().reasons())
                .extracting(r -> r.key()).containsExactly("plan.input.down-payment-range");
        assertThat(desk.evaluate(f.debtor(), draft(0, 2, null, null)).verdict().reasons())
                .extracting(r -> r.key()).containsExactly("plan.input.frequency", "plan.input.first-date");
        assertThat(desk.evaluate(f.debtor(), draft(0, 2, Frequency.MONTHLY, today.minusDays(1))).verdict().reasons())
                .extracting(r -> r.key()).containsExactly("plan.rule.first-date-past");
        assertThat(desk.evaluate(f.debtor(), new PlanDraft(List.of(), BigDecimal.ZERO, 2, Frequency.MONTHLY, today))
                .verdict().reasons()).extracting(r -> r.key()).containsExactly("plan.input.no-invoices");
        assertThatThrownBy(() -> desk.submit(f.debtor(), draft(0, 100_000, Frequency.WEEKLY, today)))
                .isInstanceOf(PlanRefusedException.class);
        assertThat(plansOf(f)).isZero();
    }

    @Test
    void a_debtor_cannot_put_another_debtors_invoice_in_a_plan_or_touch_their_plan() {
        var today = desk.today();
        var owner = fixtures.debtorOwing(today, 240_000);
        var intruder = fixtures.debtorOwing(today, 30_000);
        var plan = desk.submit(owner.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        var foreign = new PlanDraft(owner.invoices(), BigDecimal.ZERO, 2, Frequency.MONTHLY, today.plusDays(7));
        assertThat(desk.evaluate(intruder.debtor(), foreign).verdict().reasons()).extracting(r -> r.key())
                .containsExactly("plan.input.invoice-unavailable");
        assertThatThrownBy(() -> desk.plan(intruder.debtor(), plan.id())).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> desk.declineCounterOffer(intruder.debtor(), plan.id()))
                .isInstanceOf(PlanNotFoundException.class);
        assertThat(plansOf(intruder)).isZero();
        assertThat(desk.plan(owner.debtor(), plan.id()).status()).isEqualTo(PlanStatus.PENDING_REVIEW);
    }

    @Test
    void a_second_plan_is_refused_while_one_is_under_way() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        assertThatThrownBy(() -> desk.submit(f.debtor(), draft(0, 2, Frequency.MONTHLY, today.plusDays(7))))
                .isInstanceOfSatisfying(PlanRefusedException.class,
                        e -> assertThat(e.reasons()).extracting(r -> r.key()).containsExactly("plan.input.open-plan"));
        assertThat(plansOf(f)).isEqualTo(1);
    }

    @Test
    void two_submissions_racing_for_one_debtor_leave_exactly_one_open_plan() throws Exception {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));
                        return "submitted";
                    } catch (PlanRefusedException e) {
                        return e.reasons().getFirst().key();
                    }
                }));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var future : futures) {
                results.add(future.get());
            }
            assertThat(results).containsOnlyOnce("submitted").containsOnly("submitted", "plan.input.open-plan");
        }
        assertThat(plansOf(f)).isEqualTo(1);
    }

    @Test
    void a_debtor_whose_plan_was_rejected_may_propose_again() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        var first = desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));
        review.reject(first.id(), first.version(), "carla", "Pie muy bajo");

        var second = desk.submit(f.debtor(), draft(24_000, 3, Frequency.MONTHLY, today.plusDays(7)));

        assertThat(second.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plansOf(f)).isEqualTo(2);
    }

    @Test
    void counter_offer_accepted_activates_the_plan_on_staffs_terms_recording_who_and_when() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        var proposed = desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        var countered = review.counterOffer(proposed.id(), proposed.version(), "carla", Money.ofMinor(24_000, CLP), 4,
                Frequency.MONTHLY, today.plusDays(7), "Con pie, en cuatro meses");
        assertThat(countered.status()).isEqualTo(PlanStatus.COUNTER_OFFERED);
        assertThat(countered.decidedBy()).contains("carla");
        assertThat(countered.counterOffer()).hasValueSatisfying(o -> assertThat(o.installments()).isEqualTo(4));

        var active = desk.acceptCounterOffer(f.debtor(), proposed.id());
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.terms().installments()).isEqualTo(4);
        assertThat(active.progress().installmentsPaid()).isZero();
        assertThat(active.progress().installmentCount()).isEqualTo(4);
        assertThat(invoices.unsettled(f.debtor())).allSatisfy(row -> assertThat(row.inPlan()).isTrue());
        assertThatThrownBy(() -> desk.acceptCounterOffer(f.debtor(), proposed.id()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is ACTIVE");
    }

    @Test
    void a_counter_offer_the_policy_does_not_allow_is_refused_and_nothing_changes() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        var proposed = desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        assertThatThrownBy(() -> review.counterOffer(proposed.id(), proposed.version(), "carla", Money.ofMinor(0, CLP), 40,
                Frequency.WEEKLY, today.plusDays(7), null)).isInstanceOf(PlanRefusedException.class);
        assertThatThrownBy(() -> review.counterOffer(proposed.id(), proposed.version(), "carla",
                Money.ofMinor(240_000, CLP), 2, Frequency.WEEKLY, today.plusDays(7), null))
                .isInstanceOf(PlanRefusedException.class);
        assertThat(review.proposal(proposed.id()).status()).isEqualTo(PlanStatus.PENDING_REVIEW);
        assertThat(review.proposal(proposed.id()).version()).isEqualTo(proposed.version());
    }

    @Test
    void rejection_needs_a_reason_the_debtor_reads() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        var proposed = desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));

        assertThatThrownBy(() -> review.reject(proposed.id(), proposed.version(), "carla", " "))
                .isInstanceOf(PlanRefusedException.class);
        var rejected = review.reject(proposed.id(), proposed.version(), "carla", "Necesitamos un pie mayor");

        assertThat(rejected.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(rejected.decisionNote()).contains("Necesitamos un pie mayor");
        assertThat(desk.currentPlan(f.debtor())).isEmpty();
    }

    @Test
    void two_agents_deciding_at_once_exactly_one_wins_and_the_other_is_told_who() throws Exception {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 240_000);
        var proposed = desk.submit(f.debtor(), draft(0, 6, Frequency.MONTHLY, today.plusDays(7)));
        var start = new CountDownLatch(1);
        var agents = List.of("carla", "diego", "carla", "diego", "carla", "diego");
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < agents.size(); i++) {
            var agent = agents.get(i);
            var approve = i % 2 == 0;
            tasks.add(() -> {
                start.await();
                try {
                    if (approve) {
                        review.approve(proposed.id(), proposed.version(), agent);
                    } else {
                        review.reject(proposed.id(), proposed.version(), agent, "No");
                    }
                    return "won";
                } catch (DecisionConflictException e) {
                    return "lost";
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(agents.size())) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            var results = new ArrayList<String>();
            for (var future : futures) {
                results.add(future.get());
            }
            assertThat(results).containsOnlyOnce("won");
        }
        var decided = review.proposal(proposed.id());
        assertThat(decided.status()).isIn(PlanStatus.ACTIVE, PlanStatus.REJECTED);
        assertThatThrownBy(() -> review.approve(proposed.id(), proposed.version(), "carla"))
                .isInstanceOfSatisfying(DecisionConflictException.class,
                        e -> assertThat(e.decidedBy()).isEqualTo(decided.decidedBy()));
    }

    @Test
    void an_installment_late_within_grace_keeps_the_plan_and_past_grace_breaks_it_and_releases_the_invoices() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 90_000);
        var plan = desk.submit(f.debtor(), draft(9_000, 3, Frequency.MONTHLY, today.plusDays(7)));
        lifecycle.installmentPaid(plan.id(), 0, Money.ofMinor(9_000, CLP), "pay-down-" + plan.id());

        var grace = 5;
        lifecycle.runFor(today.plusDays(7 + grace));
        assertThat(desk.plan(f.debtor(), plan.id()).status()).isEqualTo(PlanStatus.ACTIVE);

        lifecycle.runFor(today.plusDays(7 + grace + 1));

        assertThat(desk.plan(f.debtor(), plan.id()).status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(invoices.unsettled(f.debtor())).noneSatisfy(row -> assertThat(row.inPlan()).isTrue());
        assertThat(timeline.recent(f.debtor(), 1)).extracting(line -> line.what().key())
                .containsExactly("timeline.installment-plan-broken");
        assertThat(desk.standing(f.debtor()).lastBrokenPlan()).isPresent();
    }

    @Test
    void installments_paid_on_time_keep_the_plan_and_the_last_completes_it_once_however_often_reported() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 90_000);
        var plan = desk.submit(f.debtor(), draft(9_000, 3, Frequency.MONTHLY, today.plusDays(7)));

        lifecycle.installmentPaid(plan.id(), 0, Money.ofMinor(9_000, CLP), "r0");
        lifecycle.installmentPaid(plan.id(), 1, Money.ofMinor(27_000, CLP), "r1");
        lifecycle.installmentPaid(plan.id(), 1, Money.ofMinor(27_000, CLP), "r1");
        lifecycle.runFor(today.plusDays(7).plusMonths(1));
        var midway = desk.plan(f.debtor(), plan.id());
        assertThat(midway.progress().installmentsPaid()).isEqualTo(1);
        assertThat(midway.status()).isEqualTo(PlanStatus.ACTIVE);

        lifecycle.installmentPaid(plan.id(), 2, Money.ofMinor(27_000, CLP), "r2");
        var done = lifecycle.installmentPaid(plan.id(), 3, Money.ofMinor(27_000, CLP), "r3");

        assertThat(done.status()).isEqualTo(PlanStatus.COMPLETED);
        lifecycle.runFor(today.plusYears(1));
        assertThat(desk.plan(f.debtor(), plan.id()).status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(invoices.unsettled(f.debtor())).noneSatisfy(row -> assertThat(row.inPlan()).isTrue());
    }

    @Test
    void the_daily_job_finds_breaking_plans_through_the_indexed_date() {
        var indexes = mongo.indexOps("plans").getIndexInfo().stream().map(i -> i.getName()).toList();
        assertThat(indexes).contains("status_breaks_on");
        assertThat(mongo.indexOps("promises").getIndexInfo().stream().map(i -> i.getName()).toList())
                .contains("status_breaks_on");
        assertThat(mongo.indexOps("invoices").getIndexInfo()).isNotEmpty();
    }

    @Test
    void a_promise_within_the_window_is_recorded_kept_when_paid_and_another_is_broken_after_its_date() {
        var today = desk.today();
        var keeps = fixtures.debtorOwing(today, 120_000);
        var promise = promises.promise(keeps.debtor(), BigDecimal.valueOf(50_000), today.plusDays(10));
        assertThat(promise.status()).isEqualTo(PromiseStatus.PENDING);
        assertThatThrownBy(() -> promises.promise(keeps.debtor(), BigDecimal.valueOf(20_000), today.plusDays(5)))
                .isInstanceOf(PlanRefusedException.class);
        lifecycle.paymentReceived(keeps.debtor(), Money.ofMinor(50_000, CLP));
        assertThat(promises.promises(keeps.debtor()).getFirst().status()).isEqualTo(PromiseStatus.KEPT);

        var breaks = fixtures.debtorOwing(today, 120_000);
        promises.promise(breaks.debtor(), BigDecimal.valueOf(50_000), today.plusDays(10));
        lifecycle.runFor(today.plusDays(10 + 5));
        assertThat(promises.promises(breaks.debtor()).getFirst().status()).isEqualTo(PromiseStatus.PENDING);
        lifecycle.runFor(today.plusDays(10 + 5 + 1));
        assertThat(promises.promises(breaks.debtor()).getFirst().status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(review.history(breaks.debtor()).brokenPromises()).isEqualTo(1);
    }

    @Test
    void a_promise_for_more_than_is_owed_or_beyond_the_window_is_refused_and_not_recorded() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 120_000);

        assertThatThrownBy(() -> promises.promise(f.debtor(), BigDecimal.valueOf(200_000), today.plusDays(3)))
                .isInstanceOfSatisfying(PlanRefusedException.class, e -> assertThat(e.reasons())
                        .extracting(r -> r.key()).containsExactly("promise.rule.more-than-owed"));
        assertThatThrownBy(() -> promises.promise(f.debtor(), BigDecimal.valueOf(20_000), today.plusDays(31)))
                .isInstanceOf(PlanRefusedException.class);
        assertThatThrownBy(() -> promises.promise(f.debtor(), null, today)).isInstanceOf(PlanRefusedException.class);
        assertThat(promises.promises(f.debtor())).isEmpty();
    }

    @Test
    void invoices_marked_in_one_plan_cannot_join_another() {
        var today = desk.today();
        var f = fixtures.debtorOwing(today, 100_000);

        assertThat(invoices.markInPlan(f.debtor(), f.invoices(), "plan-a")).isTrue();
        assertThat(invoices.markInPlan(f.debtor(), f.invoices(), "plan-b")).isFalse();
        invoices.releaseFromPlan("plan-a");
        assertThat(invoices.markInPlan(f.debtor(), List.of(f.invoices().getFirst(), InvoiceId.of("missing")), "plan-c"))
                .isFalse();
        assertThat(invoices.unsettled(f.debtor())).noneSatisfy(row -> assertThat(row.inPlan()).isTrue());
    }
}
