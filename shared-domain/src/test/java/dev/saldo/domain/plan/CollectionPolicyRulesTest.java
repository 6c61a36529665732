package dev.saldo.domain.plan;

import static dev.saldo.domain.plan.Policies.TODAY;
import static dev.saldo.domain.plan.Policies.clp;
import static dev.saldo.domain.plan.Policies.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionPolicyRulesTest {

    private final CollectionPolicy policy = Policies.clp();

    private Verdict evaluate(Proposal proposal) {
        return policy.evaluate(proposal, DebtorStanding.clean(), TODAY);
    }

    private static java.util.List<String> keys(Verdict verdict) {
        return verdict.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void plan_within_every_bound_is_approved_automatically() {
        var verdict = evaluate(proposal(240_000, 24_000, 3, Frequency.MONTHLY, TODAY.plusDays(7)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.AUTO_APPROVED);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void plan_over_the_auto_approval_term_goes_to_review() {
        var verdict = evaluate(proposal(240_000, 24_000, 6, Frequency.MONTHLY, TODAY.plusDays(7)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(keys(verdict)).containsExactly("plan.review.term");
    }

    @Test
    void plan_with_a_small_down_payment_goes_to_review_saying_how_much_would_do() {
        var verdict = evaluate(proposal(240_000, 5_000, 3, Frequency.MONTHLY, TODAY.plusDays(7)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(verdict.reasons()).containsExactly(Reason.of("plan.review.down-payment", 10, clp(24_000)));
    }

    @Test
    void debtor_who_broke_a_plan_within_twelve_months_goes_to_review() {
        var standing = new DebtorStanding(Optional.of(TODAY.minusMonths(11)), 0);

        var verdict = policy.evaluate(proposal(240_000, 24_000, 3, Frequency.MONTHLY, TODAY.plusDays(7)), standing, TODAY);

        assertThat(keys(verdict)).containsExactly("plan.review.broken-plan");
    }

    @Test
    void a_plan_broken_more_than_twelve_months_ago_is_forgiven() {
        var standing = new DebtorStanding(Optional.of(TODAY.minusMonths(12).minusDays(1)), 0);

        var verdict = policy.evaluate(proposal(240_000, 24_000, 3, Frequency.MONTHLY, TODAY.plusDays(7)), standing, TODAY);

        assertThat(verdict.outcome()).isEqualTo(Outcome.AUTO_APPROVED);
    }

    @Test
    void more_installments_than_the_maximum_are_not_allowed() {
        var verdict = evaluate(proposal(240_000, 0, 13, Frequency.WEEKLY, TODAY.plusDays(7)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(verdict.reasons()).contains(Reason.of("plan.rule.max-installments", 12));
    }

    @Test
    void a_frequency_the_policy_does_not_offer_is_not_allowed() {
        var monthlyOnly = new CollectionPolicy(Policies.CLP, 12, 365, clp(10_000), 0, EnumSet.of(Frequency.MONTHLY), 30,
                5, 30, new CollectionPolicy.AutoApproval(90, 10, 12));

        var verdict = monthlyOnly.evaluate(proposal(240_000, 24_000, 3, Frequency.WEEKLY, TODAY.plusDays(7)),
                DebtorStanding.clean(), TODAY);

        assertThat(keys(verdict)).containsExactly("plan.rule.frequency");
        assertThat(verdict.alternative()).hasValueSatisfying(alt -> assertThat(alt.frequency()).isEqualTo(Frequency.MONTHLY));
    }

    @Test
    void first_payment_in_the_past_is_not_allowed() {
        var verdict = evaluate(proposal(240_000, 24_000, 3, Frequency.MONTHLY, TODAY.minusDays(1)));

        assertThat(verdict.reasons()).contains(Reason.of("plan.rule.first-date-past", TODAY));
    }

    @Test
    void first_payment_after_the_window_is_not_allowed_and_the_latest_date_is_named() {
        var verdict = evaluate(proposal(240_000, 24_000, 2, Frequency.MONTHLY, TODAY.plusDays(31)));

        assertThat(verdict.reasons()).contains(Reason.of("plan.rule.first-date-late", TODAY.plusDays(30)));
        assertThat(verdict.alternative()).hasValueSatisfying(alt -> assertThat(alt.firstDate()).isEqualTo(TODAY.plusDays(30)));
    }

    @Test
    void first_payment_on_the_last_day_of_the_window_is_allowed() {
        var verdict = evaluate(proposal(240_000, 24_000, 2, Frequency.MONTHLY, TODAY.plusDays(30)));

        assertThat(verdict.isAllowed()).isTrue();
    }

    @Test
    void plan_longer_than_the_maximum_term_is_not_allowed() {
        var halfYear = new CollectionPolicy(Policies.CLP, 12, 180, clp(10_000), 0, EnumSet.allOf(Frequency.class), 30,
                5, 30, new CollectionPolicy.AutoApproval(90, 10, 12));

        var verdict = halfYear.evaluate(proposal(2_400_000, 0, 12, Frequency.MONTHLY, TODAY.plusDays(30)),
                DebtorStanding.clean(), TODAY);

        assertThat(verdict.reasons()).containsExactly(Reason.of("plan.rule.max-term", 180, TODAY.plusDays(180)));
        assertThat(verdict.alternative()).hasValueSatisfying(alt -> assertThat(alt.installments()).isEqualTo(5));
    }

    @Test
    void installments_below_the_minimum_are_not_allowed() {
        var verdict = evaluate(proposal(50_000, 0, 6, Frequency.WEEKLY, TODAY.plusDays(7)));

        assertThat(verdict.reasons()).contains(Reason.of("plan.rule.min-installment", clp(10_000)));
        assertThat(verdict.alternative()).hasValueSatisfying(alt -> assertThat(alt.installments()).isEqualTo(5));
    }

    @Test
    void a_single_small_installment_is_allowed_because_it_settles_the_debt() {
        var verdict = evaluate(proposal(8_000, 1_000, 1, Frequency.WEEKLY, TODAY.plusDays(7)));

        assertThat(verdict.isAllowed()).isTrue();
    }

    @Test
    void down_payment_below_the_policy_minimum_is_not_allowed_and_the_minimum_is_named() {
        var strict = new CollectionPolicy(Policies.CLP, 12, 365, clp(10_000), 20, EnumSet.allOf(Frequency.class), 30,
                5, 30, new CollectionPolicy.AutoApproval(90, 30, 12));

        var verdict = strict.evaluate(proposal(100_001, 0, 3, Frequency.MONTHLY, TODAY.plusDays(7)), DebtorStanding.clean(),
                TODAY);

        assertThat(verdict.reasons()).containsExactly(Reason.of("plan.rule.min-down-payment", 20, clp(20_001)));
        assertThat(verdict.alternative()).hasValueSatisfying(alt -> assertThat(alt.downPayment()).isEqualTo(clp(20_001)));
    }

    @Test
    void nearest_alternative_is_itself_allowed_and_keeps_the_debt() {
        var asked = proposal(2_400_000, 0, 12, Frequency.MONTHLY, TODAY.plusDays(45));

        var verdict = evaluate(asked);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        var alternative = verdict.alternative().orElseThrow();
        assertThat(alternative.total()).isEqualTo(asked.total());
        assertThat(alternative.firstDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(evaluate(alternative).isAllowed()).isTrue();
    }

    @Test
    void a_proposal_in_another_currency_is_refused_loudly() {
        var usd = Proposal.of(Money.of("100", "USD"), Money.of("0", "USD"), 2, Frequency.MONTHLY, TODAY);

        assertThatThrownBy(() -> evaluate(usd)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLP");
    }

    @Test
    void a_policy_with_nonsense_limits_cannot_be_built() {
        assertThatThrownBy(() -> new CollectionPolicy(Policies.CLP, 0, 365, clp(1), 0, EnumSet.allOf(Frequency.class), 30,
                5, 30, new CollectionPolicy.AutoApproval(90, 10, 12))).hasMessageContaining("Maximum installments");
        assertThatThrownBy(() -> new CollectionPolicy(Policies.CLP, 12, 365, clp(1), 101, EnumSet.allOf(Frequency.class),
                30, 5, 30, new CollectionPolicy.AutoApproval(90, 10, 12))).hasMessageContaining("percentage");
        assertThatThrownBy(() -> new CollectionPolicy(Policies.CLP, 12, 365, clp(1), 0, EnumSet.noneOf(Frequency.class),
                30, 5, 30, new CollectionPolicy.AutoApproval(90, 10, 12))).hasMessageContaining("frequency");
        assertThatThrownBy(() -> new CollectionPolicy(Currency.getInstance("USD"), 12, 365, clp(1), 0,
                EnumSet.allOf(Frequency.class), 30, 5, 30, new CollectionPolicy.AutoApproval(90, 10, 12)))
                .hasMessageContaining("not in USD");
    }

    @Test
    void impossible_proposals_cannot_be_built() {
        assertThatThrownBy(() -> proposal(100, 100, 1, Frequency.MONTHLY, TODAY)).hasMessageContaining("less than");
        assertThatThrownBy(() -> proposal(100, -1, 1, Frequency.MONTHLY, TODAY)).hasMessageContaining("at least zero");
        assertThatThrownBy(() -> proposal(100, 0, 0, Frequency.MONTHLY, TODAY)).hasMessageContaining("between 1");
        assertThatThrownBy(() -> proposal(5, 0, 6, Frequency.MONTHLY, TODAY)).hasMessageContaining("Cannot split");
        assertThatThrownBy(() -> proposal(0, 0, 1, Frequency.MONTHLY, LocalDate.MAX)).hasMessageContaining("something to pay");
    }
}
