package dev.saldo.portal.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running portal for every payments integration test: a fresh embedded database, the sandbox
 * gateway, a known webhook secret, and reconciliation that considers any open attempt stale. Each
 * test makes its own debtor, so tests never share invoices.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PaymentsIntegrationTest {

    protected static final String WEBHOOK_SECRET = "whsec_saldo_test_secret";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "payments");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.payment.stripe.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("saldo.payment.reconcile-after", () -> "0s");
        registry.add("saldo.payment.reconcile-every", () -> "1h");
        registry.add("saldo.payment.sandbox-delay", () -> "0s");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected DebtorDirectory debtors;
    @Autowired
    protected InvoiceBook invoiceBook;
    @Autowired
    protected AccountDirectory accounts;
    @Autowired
    protected PaymentService payments;
    @Autowired
    protected PaymentSettlement settlement;
    @Autowired
    protected MongoTemplate mongo;

    /** A debtor of its own with a login, owing the given amounts, the first one due earliest. */
    protected TestDebtor debtorOwing(String currency, String... amounts) {
        var key = UUID.randomUUID().toString().substring(0, 8);
        var debtor = debtors.register(new Debtor(null, "TEST-" + key, "Test Debtor " + key, DebtorKind.PERSON, null,
                key + "@example.com", null, null, "CL", "es", null));
        var today = invoiceBook.today();
        var invoices = new ArrayList<Invoice>();
        for (int i = 0; i < amounts.length; i++) {
            var due = today.minusDays(60L - i * 20L);
            invoices.add(invoiceBook.register(Invoice.of(InvoiceId.of(key + "-" + i), debtor.debtorId(),
                    "T-" + key + "-" + i, due.minusDays(30), due,
                    List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.of(amounts[i], currency), due.minusDays(30))),
                    List.of())));
        }
        var username = "test-" + key;
        accounts.createIfAbsent(username, "secret-" + key, debtor.name(), Set.of(Role.DEBTOR), debtor.id());
        return new TestDebtor(debtor.debtorId(), List.copyOf(invoices), username, "secret-" + key,
                Currency.getInstance(currency));
    }

    protected Invoice reload(TestDebtor debtor, Invoice invoice) {
        return invoiceBook.find(debtor.id(), invoice.id()).orElseThrow();
    }

    protected PaymentRecord reload(PaymentRecord payment) {
        return payments.find(payment.debtor(), payment.id()).orElseThrow();
    }

    protected long count(Class<?> document) {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), document);
    }

    protected record TestDebtor(DebtorId id, List<Invoice> invoices, String username, String password,
            Currency currency) {

        public Money money(String amount) {
            return Money.of(amount, currency.getCurrencyCode());
        }

        public LocalDate firstDue() {
            return invoices.getFirst().dueDate();
        }
    }
}
