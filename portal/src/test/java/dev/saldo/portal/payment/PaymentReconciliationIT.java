package dev.saldo.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.portal.payment.sandbox.SandboxGateway;
import dev.saldo.portal.payment.sandbox.SandboxOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The janitor settles what no webhook settled: delayed payments, never-opened checkouts, interrupted confirmations. */
class PaymentReconciliationIT extends PaymentsIntegrationTest {

    @Autowired
    PaymentReconciliation reconciliation;
    @Autowired
    SandboxGateway sandbox;

    @Test
    void a_delayed_payment_the_bank_has_confirmed_is_settled_by_the_job() {
        var debtor = debtorOwing("CLP", "45000");
        var payment = payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);
        sandbox.complete(payment.id(), SandboxOutcome.DELAYED_SUCCESS);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PROCESSING);
        assertThat(reload(debtor, debtor.invoices().getFirst()).isPaid()).isFalse();

        reconciliation.reconcile();

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(reload(debtor, debtor.invoices().getFirst()).isPaid()).isTrue();
    }

    @Test
    void a_confirmation_cut_short_after_the_status_changed_is_finished_by_the_job() {
        var debtor = debtorOwing("CLP", "45000");
        var payment = payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);
        // What a crash right after the status update leaves behind: succeeded, but not applied to invoices.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(payment.id())),
                new Update().set("status", PaymentStatus.SUCCEEDED), PaymentRecord.class);

        reconciliation.reconcile();

        assertThat(reload(payment).applied()).isNotNull();
        assertThat(reload(debtor, debtor.invoices().getFirst()).isPaid()).isTrue();
    }

    @Test
    void an_attempt_whose_checkout_never_opened_expires() {
        var debtor = debtorOwing("CLP", "45000");
        var payment = payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(payment.id())),
                new Update().set("status", PaymentStatus.CREATED).unset("sessionId"), PaymentRecord.class);

        reconciliation.reconcile();

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(reload(debtor, debtor.invoices().getFirst()).allocations()).isEmpty();
    }

    @Test
    void an_open_sandbox_checkout_is_left_alone() {
        var debtor = debtorOwing("CLP", "45000");
        var payment = payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);

        reconciliation.reconcile();

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
    }
}
