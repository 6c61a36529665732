package dev.saldo.portal.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentsIntegrationTest;
import dev.saldo.portal.payment.sandbox.SandboxGateway;
import dev.saldo.portal.payment.sandbox.SandboxOutcome;
import dev.saldo.portal.timeline.DisputeReason;
import dev.saldo.portal.timeline.Disputes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Late fees accrued by the daily job and early-payment discounts taken at checkout, against the real
 * database and the sandbox gateway. Fees are tried in EUR and discounts in USD, so the other payment
 * tests (in CLP) sharing this database never see a rule.
 */
class FeesAndDiscountsIT extends PaymentsIntegrationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    FeeRuleBook rules;
    @Autowired
    LateFees lateFees;
    @Autowired
    FeeWaivers waivers;
    @Autowired
    AuditLog audit;
    @Autowired
    SandboxGateway sandbox;
    @Autowired
    Disputes disputes;

    private void eurFees() {
        // €40 once and 36.5 % a year (€1 a day on €1,000) after 5 grace days, at most €100 per invoice.
        rules.save(new FeeRules(EUR, new FeeRules.LateFee(5, Money.of("40", "EUR"), BigDecimal.ZERO,
                new BigDecimal("36.5"), Money.of("100", "EUR"), BigDecimal.ZERO),
                new FeeRules.EarlyDiscount(BigDecimal.ZERO, 0)), "sofia");
    }

    private Invoice owing(TestDebtor debtor) {
        return reload(debtor, debtor.invoices().getFirst());
    }

    @Test
    void the_daily_job_adds_the_fixed_fee_and_interest_once_per_day_and_catches_up_a_missed_day() {
        eurFees();
        var debtor = debtorOwing("EUR", "1000");
        var due = debtor.firstDue();

        lateFees.runFor(due.plusDays(5));
        assertThat(owing(debtor).fees().isZero()).as("nothing within the grace days").isTrue();

        lateFees.runFor(due.plusDays(8));
        lateFees.runFor(due.plusDays(8));
        assertThat(owing(debtor).fees()).as("€40 and 3 days of interest, once").isEqualTo(Money.of("43", "EUR"));

        lateFees.runFor(due.plusDays(11));
        assertThat(owing(debtor).fees()).isEqualTo(Money.of("46", "EUR"));
        assertThat(owing(debtor).openBalance()).isEqualTo(Money.of("1046", "EUR"));

        lateFees.runFor(due.plusDays(200));
        assertThat(owing(debtor).fees()).as("capped").isEqualTo(Money.of("100", "EUR"));
    }

    @Test
    void an_invoice_in_a_plan_accrues_nothing_and_is_not_charged_interest_for_those_days_afterwards() {
        eurFees();
        var debtor = debtorOwing("EUR", "1000");
        var due = debtor.firstDue();
        var plan = "plan-" + UUID.randomUUID();
        invoiceBook.markInPlan(debtor.id(), List.of(debtor.invoices().getFirst().id()), plan);

        lateFees.runFor(due.plusDays(30));
        assertThat(owing(debtor).fees().isZero()).isTrue();

        invoiceBook.releaseFromPlan(plan);
        lateFees.runFor(due.plusDays(32));

        assertThat(owing(debtor).fees()).as("€40 and the 2 days since the plan ended").isEqualTo(Money.of("42", "EUR"));
    }

    @Test
    void a_disputed_invoice_accrues_nothing_until_staff_resolve_the_dispute_while_others_in_the_same_run_do() {
        eurFees();
        var disputing = debtorOwing("EUR", "1000");
        var other = debtorOwing("EUR", "1000");
        var due = disputing.firstDue();
        disputes.open(disputing.id(), disputing.invoices().getFirst().id().value(), DisputeReason.ALREADY_PAID,
                "Pagué por transferencia.");

        lateFees.runFor(due.plusDays(8));
        assertThat(owing(disputing).fees().isZero()).as("held while disputed").isTrue();
        assertThat(owing(other).fees()).isEqualTo(Money.of("43", "EUR"));

        disputes.resolve(disputing.invoices().getFirst().id().value(), "sofia", "El pago no aparece.");
        lateFees.runFor(due.plusDays(10));
        assertThat(owing(disputing).fees()).as("€40 and the 2 days since the dispute was resolved")
                .isEqualTo(Money.of("42", "EUR"));
    }

    @Test
    void staff_waive_a_fee_with_a_reason_that_is_audited_and_the_fee_is_not_charged_again() {
        eurFees();
        var debtor = debtorOwing("EUR", "1000");
        var due = debtor.firstDue();
        lateFees.runFor(due.plusDays(6));
        var fixed = waivers.feesOf(owing(debtor)).getFirst();

        assertThatThrownBy(() -> waivers.waive("carla", owing(debtor).id(), fixed.index(), " "))
                .isInstanceOf(FeeWaivers.WaiverRefusedException.class);
        var waived = waivers.waive("carla", owing(debtor).id(), fixed.index(), "First delay in ten years");
        waivers.waive("carla", owing(debtor).id(), fixed.index(), "Clicked twice");
        lateFees.runFor(due.plusDays(6));

        assertThat(waived.openBalance()).isEqualTo(Money.of("1001", "EUR"));
        assertThat(owing(debtor).openBalance()).isEqualTo(Money.of("1001", "EUR"));
        assertThat(waivers.feesOf(owing(debtor))).filteredOn(FeeWaivers.Fee::waived).hasSize(1);
        var entries = audit.page(new AuditLog.Filter(AuditAction.FEE_WAIVER, "carla"), PageRequest.of(0, 10)).getContent();
        assertThat(entries).filteredOn(e -> e.subject().equals(owing(debtor).number())).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("First delay in ten years"));
    }

    @Test
    void paying_in_full_before_the_discount_date_charges_the_discounted_amount_and_settles_the_invoice() {
        rules.save(new FeeRules(USD, FeeRules.none(USD).lateFee(), new FeeRules.EarlyDiscount(new BigDecimal("2"), 5)),
                "sofia");
        var debtor = debtorOwing("USD", "500");
        var early = registerDueIn(debtor, 20, "1000");

        var payment = payments.start(debtor.id(), new PaymentOrder(USD, List.of(early.id()), null), Locale.ROOT);
        assertThat(payment.amount()).isEqualTo(Money.of("980", "USD"));
        assertThat(payment.planned().getFirst().discountMinor()).isEqualTo(2000L);
        sandbox.complete(payment.id(), SandboxOutcome.SUCCESS);

        var paid = invoiceBook.find(debtor.id(), early.id()).orElseThrow();
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.discounts()).isEqualTo(Money.of("20", "USD"));
        assertThat(payments.credit(debtor.id())).isEmpty();
    }

    @Test
    void a_partial_payment_or_a_payment_after_the_discount_date_gets_no_discount() {
        rules.save(new FeeRules(USD, FeeRules.none(USD).lateFee(), new FeeRules.EarlyDiscount(new BigDecimal("2"), 5)),
                "sofia");
        var debtor = debtorOwing("USD", "500");
        var early = registerDueIn(debtor, 20, "1000");
        var tooLate = registerDueIn(debtor, 3, "1000");

        var partial = payments.preview(debtor.id(), new PaymentOrder(USD, List.of(early.id()), Money.of("300", "USD")));
        var late = payments.preview(debtor.id(), new PaymentOrder(USD, List.of(tooLate.id()), null));
        var both = payments.preview(debtor.id(), new PaymentOrder(USD, List.of(early.id(), tooLate.id()), null));

        assertThat(payments.discounts(debtor.id(), partial)).isEmpty();
        assertThat(late.amount()).isEqualTo(Money.of("1000", "USD"));
        assertThat(both.amount()).isEqualTo(Money.of("1980", "USD"));
        assertThat(payments.discounts(debtor.id(), both)).containsOnlyKeys(early.id());
    }

    private Invoice registerDueIn(TestDebtor debtor, int days, String amount) {
        var due = invoiceBook.today().plusDays(days);
        var key = UUID.randomUUID().toString().substring(0, 8);
        return invoiceBook.register(Invoice.of(InvoiceId.of("early-" + key), debtor.id(), "E-" + key, due.minusDays(30),
                due, List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.of(amount, "USD"), due.minusDays(30))),
                List.of()));
    }
}
