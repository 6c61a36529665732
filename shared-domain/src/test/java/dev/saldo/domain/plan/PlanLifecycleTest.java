package dev.saldo.domain.plan;

import static dev.saldo.domain.plan.Policies.TODAY;
import static dev.saldo.domain.plan.Policies.clp;
import static dev.saldo.domain.plan.Policies.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanLifecycleTest {

    private static final int GRACE = 5;

    // Down payment 10.000 today, then 30.000 on Nov 30, Dec 30 and Jan 30.
    private final PlanProgress plan = PlanProgress.unpaid(
            Schedule.of(proposal(100_000, 10_000, 3, Frequency.MONTHLY, TODAY.plusDays(7)), TODAY));

    @Test
    void a_new_plan_owes_its_down_payment_first() {
        assertThat(plan.nextDueDate()).contains(TODAY);
        assertThat(plan.installmentsPaid()).isZero();
        assertThat(plan.installmentCount()).isEqualTo(3);
        assertThat(plan.open()).isEqualTo(clp(100_000));
    }

    @Test
    void installments_paid_on_time_keep_the_plan_going() {
        var paid = plan.pay(0, clp(10_000), TODAY).pay(1, clp(30_000), TODAY.plusDays(7));

        assertThat(paid.nextDueDate()).contains(TODAY.plusDays(7).plusMonths(1));
        assertThat(paid.isBrokenOn(TODAY.plusDays(7).plusMonths(1), GRACE)).isFalse();
        assertThat(paid.installmentsPaid()).isEqualTo(1);
    }

    @Test
    void an_installment_late_within_the_grace_days_does_not_break_the_plan() {
        var paid = plan.pay(0, clp(10_000), TODAY);

        assertThat(paid.isBrokenOn(TODAY.plusDays(7 + GRACE), GRACE)).isFalse();
    }

    @Test
    void an_installment_unpaid_after_the_grace_days_breaks_the_plan() {
        var paid = plan.pay(0, clp(10_000), TODAY);

        assertThat(paid.breaksOn(GRACE)).contains(TODAY.plusDays(7 + GRACE + 1));
        assertThat(paid.isBrokenOn(TODAY.plusDays(7 + GRACE + 1), GRACE)).isTrue();
    }

    @Test
    void a_partly_paid_installment_is_still_open() {
        var partly = plan.pay(0, clp(10_000), TODAY).pay(1, clp(29_999), TODAY.plusDays(7));

        assertThat(partly.nextDueDate()).contains(TODAY.plusDays(7));
        assertThat(partly.next().orElseThrow().open()).isEqualTo(clp(1));
    }

    @Test
    void paying_everything_completes_the_plan() {
        var done = plan.pay(0, clp(10_000), TODAY).pay(1, clp(30_000), TODAY).pay(2, clp(30_000), TODAY)
                .pay(3, clp(30_000), TODAY);

        assertThat(done.isComplete()).isTrue();
        assertThat(done.nextDueDate()).isEmpty();
        assertThat(done.isBrokenOn(TODAY.plusYears(1), GRACE)).isFalse();
        assertThat(done.paid()).isEqualTo(clp(100_000));
    }

    @Test
    void paying_more_than_an_installment_owes_or_an_unknown_one_fails() {
        assertThatThrownBy(() -> plan.pay(1, clp(30_001), TODAY)).hasMessageContaining("owes");
        assertThatThrownBy(() -> plan.pay(9, clp(1), TODAY)).hasMessageContaining("no installment 9");
    }

    @Test
    void illegal_plan_transitions_fail_naming_the_current_state() {
        assertThat(PlanStatus.PENDING_REVIEW.moveTo(PlanStatus.COUNTER_OFFERED)).isEqualTo(PlanStatus.COUNTER_OFFERED);
        assertThat(PlanStatus.ACTIVE.moveTo(PlanStatus.BROKEN)).isEqualTo(PlanStatus.BROKEN);
        assertThatThrownBy(() -> PlanStatus.ACTIVE.moveTo(PlanStatus.REJECTED))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is ACTIVE");
        assertThatThrownBy(() -> PlanStatus.COMPLETED.moveTo(PlanStatus.ACTIVE)).hasMessageContaining("is COMPLETED");
        assertThatThrownBy(() -> PlanStatus.REJECTED.moveTo(PlanStatus.ACTIVE)).hasMessageContaining("is REJECTED");
    }

    @Test
    void illegal_promise_transitions_fail_naming_the_current_state() {
        assertThat(PromiseStatus.PENDING.moveTo(PromiseStatus.KEPT)).isEqualTo(PromiseStatus.KEPT);
        assertThatThrownBy(() -> PromiseStatus.BROKEN.moveTo(PromiseStatus.KEPT)).hasMessageContaining("is BROKEN");
    }

    @Test
    void events_name_their_timeline_entry_in_kebab_case() {
        var event = new PlanEvent.InstallmentPlanBroken("p1", dev.saldo.domain.debtor.DebtorId.of("d1"), TODAY,
                java.time.Instant.EPOCH);

        assertThat(event.timelineKey()).isEqualTo("timeline.installment-plan-broken");
    }

    @Test
    void the_down_payment_reads_as_the_down_payment_not_as_installment_zero() {
        var debtor = dev.saldo.domain.debtor.DebtorId.of("d1");
        var down = new PlanEvent.InstallmentPaid("p1", debtor, 0, clp(10_000), java.time.Instant.EPOCH);
        var first = new PlanEvent.InstallmentPaid("p1", debtor, 1, clp(10_000), java.time.Instant.EPOCH);

        assertThat(down.timelineKey()).isEqualTo("timeline.down-payment-paid");
        assertThat(first.timelineKey()).isEqualTo("timeline.installment-paid");
    }
}
