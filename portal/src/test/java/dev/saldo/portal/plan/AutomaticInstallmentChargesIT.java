package dev.saldo.portal.plan;

import static dev.saldo.portal.plan.PlanFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.payment.FailureReason;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.SavedCards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Due installments charged to a saved card by the daily job, through the sandbox's cards on file
 * (which, like Stripe's test cards, can be saved to decline or to ask for authentication).
 */
@SpringBootTest
class AutomaticInstallmentChargesIT {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "auto-charges");
        registry.add("saldo.demo.enabled", () -> "false");
    }

    @Autowired PlanDesk desk;
    @Autowired AutomaticInstallmentCharges charges;
    @Autowired SavedCards cards;
    @Autowired PaymentService payments;
    @Autowired DebtorDirectory debtors;
    @Autowired InvoiceBook invoices;

    PlanFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PlanFixtures(debtors, invoices);
    }

    private PlanSummary activePlan(DebtorId debtor) {
        var today = desk.today();
        var plan = desk.submit(debtor, draft(24_000, 3, Frequency.MONTHLY, today.plusDays(7)));
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        return plan;
    }

    private java.time.LocalDate nextDue(DebtorId debtor, PlanSummary plan) {
        return desk.plan(debtor, plan.id()).progress().next().orElseThrow().installment().dueDate();
    }

    @Test
    void a_due_installment_is_charged_to_the_saved_card_once_however_often_the_job_runs() {
        var debtor = fixtures.debtorOwing(desk.today(), 100_000, 140_000).debtor();
        var plan = activePlan(debtor);
        assertThat(cards.finishSaving(debtor, "sandbox-setup-ok")).isTrue();
        var due = nextDue(debtor, plan);

        charges.runFor(due);
        charges.runFor(due);

        var after = desk.plan(debtor, plan.id());
        assertThat(after.progress().lines().getFirst().isPaid()).as("the down payment").isTrue();
        assertThat(payments.history(debtor, PageRequest.of(0, 10))).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED));
        assertThat(charges.lastCharge(debtor, plan.id())).hasValueSatisfying(c -> assertThat(c.failure()).isNull());
    }

    @Test
    void a_card_that_needs_authentication_leaves_the_installment_open_and_tells_the_debtor_to_pay_online() {
        var debtor = fixtures.debtorOwing(desk.today(), 100_000, 140_000).debtor();
        var plan = activePlan(debtor);
        cards.finishSaving(debtor, "sandbox-setup-authenticationRequired");
        var due = nextDue(debtor, plan);

        charges.runFor(due);
        charges.runFor(due);

        assertThat(desk.plan(debtor, plan.id()).progress().lines().getFirst().isPaid()).isFalse();
        assertThat(payments.history(debtor, PageRequest.of(0, 10))).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(p.failure()).isEqualTo(FailureReason.AUTHENTICATION_REQUIRED);
        });
        assertThat(charges.lastCharge(debtor, plan.id())).hasValueSatisfying(
                c -> assertThat(c.failure()).isEqualTo("payment.failure.authentication-required"));
    }

    @Test
    void a_declined_card_leaves_the_installment_open_with_the_reason() {
        var debtor = fixtures.debtorOwing(desk.today(), 100_000, 140_000).debtor();
        var plan = activePlan(debtor);
        cards.finishSaving(debtor, "sandbox-setup-chargeDeclined");

        charges.runFor(nextDue(debtor, plan));

        assertThat(desk.plan(debtor, plan.id()).progress().lines().getFirst().isPaid()).isFalse();
        assertThat(charges.lastCharge(debtor, plan.id())).hasValueSatisfying(
                c -> assertThat(c.failure()).isEqualTo("payment.failure.card-declined"));
    }

    @Test
    void without_a_card_or_after_removing_it_nothing_is_charged() {
        var debtor = fixtures.debtorOwing(desk.today(), 100_000, 140_000).debtor();
        var plan = activePlan(debtor);
        cards.finishSaving(debtor, "sandbox-setup-removed");
        cards.remove(debtor);

        charges.runFor(nextDue(debtor, plan));

        assertThat(cards.find(debtor)).isEmpty();
        assertThat(payments.history(debtor, PageRequest.of(0, 10))).isEmpty();
        assertThat(cards.finishSaving(debtor, "cs_someone_elses_session")).as("a foreign setup id saves nothing").isFalse();
    }
}
