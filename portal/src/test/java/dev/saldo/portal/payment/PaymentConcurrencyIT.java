package dev.saldo.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import dev.saldo.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

/** Confirmations racing on the embedded database: an invoice is never paid beyond what it owes. */
class PaymentConcurrencyIT extends PaymentsIntegrationTest {

    private static final int RACERS = 12;

    @Test
    void many_payments_confirmed_at_once_on_one_invoice_never_over_allocate_it_and_the_excess_becomes_credit()
            throws Exception {
        var debtor = debtorOwing("CLP", "100000");
        var invoice = debtor.invoices().getFirst();
        var started = new ArrayList<PaymentRecord>();
        for (int i = 0; i < RACERS; i++) {
            started.add(payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT));
        }

        race(started.stream().<Callable<Void>>map(p -> () -> {
            settlement.apply(new GatewayEvent.Succeeded(p.id(), "pi_" + p.id()));
            return null;
        }).toList());

        var paid = reload(debtor, invoice);
        assertThat(paid.allocated()).isEqualTo(debtor.money("100000"));
        assertThat(paid.openBalance().isZero()).isTrue();
        var settled = started.stream().map(this::reload).toList();
        assertThat(settled).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(p.applied()).isNotNull();
            var applied = p.applied().stream().mapToLong(PaymentRecord.Share::amountMinor).sum();
            assertThat(applied + p.creditMinor()).as("applied plus credit is what was paid").isEqualTo(p.amountMinor());
        });
        assertThat(settled.stream().mapToLong(p -> p.applied().stream().mapToLong(PaymentRecord.Share::amountMinor).sum()).sum())
                .isEqualTo(100_000);
        assertThat(payments.credit(debtor.id())).containsEntry(debtor.currency(), debtor.money("1100000"));
    }

    @Test
    void one_payment_confirmed_many_times_at_once_is_applied_once() throws Exception {
        var debtor = debtorOwing("CLP", "100000");
        var invoice = debtor.invoices().getFirst();
        var payment = payments.start(debtor.id(),
                new PaymentOrder(debtor.currency(), List.of(invoice.id()), debtor.money("40000")), Locale.ROOT);

        var deliveries = new ArrayList<Callable<Void>>();
        for (int i = 0; i < RACERS; i++) {
            var eventId = "evt_race_" + payment.id() + "_" + i;
            deliveries.add(() -> {
                settlement.apply(eventId, "checkout.session.completed", new GatewayEvent.Succeeded(payment.id(), "pi_x"));
                return null;
            });
        }
        race(deliveries);

        var after = reload(debtor, invoice);
        assertThat(after.allocations()).hasSize(1);
        assertThat(after.openBalance()).isEqualTo(debtor.money("60000"));
        assertThat(reload(payment).creditMinor()).isZero();
    }

    /** Runs every task at the same moment on its own thread and rethrows the first failure. */
    private static void race(List<Callable<Void>> tasks) throws Exception {
        var gate = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = tasks.stream().map(task -> pool.submit(() -> {
                gate.await();
                return task.call();
            })).toList();
            gate.countDown();
            for (var future : futures) {
                future.get();
            }
        }
    }

}
