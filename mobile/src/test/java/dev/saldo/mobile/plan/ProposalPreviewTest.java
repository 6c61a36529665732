package dev.saldo.mobile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.api.Amount;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.CollectionPolicy;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Installment;
import dev.saldo.domain.plan.Outcome;
import dev.saldo.domain.plan.Reason;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.mobile.api.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalPreviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The portal's defaults for CLP, sent through JSON as the phone receives them. */
    private static ProposalBasis basis(LocalDate lastBrokenPlan) {
        var policy = new CollectionPolicy(java.util.Currency.getInstance("CLP"), 12, 365, Money.of("10000", "CLP"), 0,
                CollectionPolicy.anyFrequency(), 30, 5, 30, new CollectionPolicy.AutoApproval(90, 10, 12));
        var sent = new ProposalBasis(TODAY, new Amount("300000", "CLP"), List.of("inv-1", "inv-2"),
                ProposalBasis.Policy.of(policy), lastBrokenPlan);
        return Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(sent), ProposalBasis.class);
    }

    @Test
    void a_short_plan_with_a_tenth_down_is_approved_at_once_and_its_schedule_adds_up_to_the_debt() {
        var preview = ProposalPreview.of(basis(null), "30000", 3, Frequency.MONTHLY, TODAY.plusDays(7));

        assertThat(preview.outcome()).isEqualTo(Outcome.AUTO_APPROVED);
        assertThat(preview.canSubmit()).isTrue();
        assertThat(preview.payments()).extracting(Installment::number).containsExactly(0, 1, 2, 3);
        assertThat(Money.sum(java.util.Currency.getInstance("CLP"), preview.payments().stream().map(Installment::amount).toList()))
                .isEqualTo(Money.of("300000", "CLP"));
    }

    @Test
    void a_plan_beyond_the_limits_is_not_allowed_and_cannot_be_submitted() {
        var preview = ProposalPreview.of(basis(null), "0", 40, Frequency.WEEKLY, TODAY.plusDays(7));

        assertThat(preview.outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(preview.reasons()).extracting(Reason::key).contains("plan.rule.max-installments");
        assertThat(preview.canSubmit()).isFalse();
    }

    @Test
    void a_recently_broken_plan_sends_the_proposal_to_review() {
        var preview = ProposalPreview.of(basis(TODAY.minusMonths(2)), "30000", 3, Frequency.MONTHLY, TODAY.plusDays(7));

        assertThat(preview.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(preview.reasons()).extracting(Reason::key).containsExactly("plan.review.broken-plan");
    }

    @Test
    void typing_a_down_payment_that_is_not_a_number_or_too_large_is_explained_not_judged() {
        assertThat(ProposalPreview.of(basis(null), "diez", 3, Frequency.MONTHLY, TODAY).input())
                .map(Reason::key).hasValue("plan.input.down-payment-range");
        assertThat(ProposalPreview.of(basis(null), "300000", 3, Frequency.MONTHLY, TODAY).canSubmit()).isFalse();
        assertThat(ProposalPreview.of(basis(null), "0", 3, Frequency.MONTHLY, null).input()).isNotEqualTo(Optional.empty());
    }

    @Test
    void the_request_covers_the_same_invoices_the_basis_did() {
        var preview = ProposalPreview.of(basis(null), "30000", 3, Frequency.MONTHLY, TODAY.plusDays(7));

        var request = ProposalPreview.request(basis(null), preview.schedule().orElseThrow().proposal());

        assertThat(request.invoiceIds()).containsExactly("inv-1", "inv-2");
        assertThat(request.downPayment()).isEqualTo("30000");
        assertThat(request.installments()).isEqualTo(3);
    }
}
