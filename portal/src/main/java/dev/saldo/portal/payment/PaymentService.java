package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.fee.FeeLines;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.payment.PaymentAllocator;
import dev.saldo.domain.payment.PaymentPlan;
import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.domain.payment.PaymentRejection;
import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.fee.FeeRuleBook;
import dev.saldo.portal.invoice.InvoiceAllocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * What a debtor does with payments: preview how an amount would be spread, start paying, follow the
 * outcome, see their history and credit. Every method is scoped by the debtor's id.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final Payments payments;
    private final PaymentAttempts attempts;
    private final PaymentSettlement settlement;
    private final InvoiceAllocations invoices;
    private final DebtorDirectory debtors;
    private final PaymentGateway gateway;
    private final PaymentSettings settings;
    private final ReturnLinks links;
    private final MessageSource messages;
    private final FeeRuleBook fees;
    private final Clock clock;

    PaymentService(Payments payments, PaymentAttempts attempts, PaymentSettlement settlement,
            InvoiceAllocations invoices, DebtorDirectory debtors, PaymentGateway gateway, PaymentSettings settings,
            ReturnLinks links, MessageSource messages, FeeRuleBook fees, Clock clock) {
        this.fees = fees;
        this.payments = payments;
        this.attempts = attempts;
        this.settlement = settlement;
        this.invoices = invoices;
        this.debtors = debtors;
        this.gateway = gateway;
        this.settings = settings;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    /** How the order would be spread over the debtor's invoices; throws with a reason if it is not allowed. */
    public PaymentPlan preview(DebtorId debtor, PaymentOrder order) {
        var candidates = order.invoices().isEmpty()
                ? invoices.openInvoices(debtor, order.currency())
                : invoices.findAll(debtor, order.invoices());
        if (candidates.size() < order.invoices().stream().distinct().count()) {
            throw new PaymentRejectedException(PaymentRejection.UNKNOWN_INVOICE, null);
        }
        var currency = order.currency() != null ? order.currency()
                : candidates.isEmpty() ? null : candidates.getFirst().currency();
        if (currency == null) {
            throw new PaymentRejectedException(PaymentRejection.NOTHING_OWED, null);
        }
        var allocator = new PaymentAllocator(settings.minimumFor(currency));
        var today = LocalDate.now(clock);
        var discounted = candidates.stream().map(invoice -> withEarlyDiscount(invoice, today)).toList();
        if (paysEverything(order.amount(), discounted, candidates)) {
            // Paying all of it early enough earns the discount: only the discounted amount is charged.
            return allocator.plan(discounted, null);
        }
        return allocator.plan(candidates, order.amount());
    }

    /** What paying this invoice in full now costs: its open balance less any early-payment discount. */
    public Money payableNow(Invoice invoice) {
        return invoice.openBalance().minus(fees.earlyDiscount(invoice, LocalDate.now(clock)));
    }

    /** The early-payment discount each invoice of the plan earns, by invoice; empty when none does. */
    public Map<InvoiceId, Money> discounts(DebtorId debtor, PaymentPlan plan) {
        var open = invoices.findAll(debtor, plan.allocations().stream().map(a -> a.invoiceId()).toList()).stream()
                .collect(Collectors.toMap(Invoice::id, Invoice::openBalance));
        var discounts = new LinkedHashMap<InvoiceId, Money>();
        for (var allocation : plan.allocations()) {
            var discount = open.getOrDefault(allocation.invoiceId(), allocation.openBefore()).minus(allocation.openBefore());
            if (allocation.settlesInvoice() && discount.isPositive()) {
                discounts.put(allocation.invoiceId(), discount);
            }
        }
        return discounts;
    }

    /** The plan as stored on an attempt: each invoice's part and the discount it was quoted. */
    List<PaymentRecord.Share> shares(DebtorId debtor, PaymentPlan plan) {
        var discounts = discounts(debtor, plan);
        return plan.allocations().stream()
                .map(a -> new PaymentRecord.Share(a.invoiceId().value(), a.invoiceNumber(), a.amount().minorUnits(),
                        discounts.getOrDefault(a.invoiceId(), Money.zero(a.amount().currency())).minorUnits()))
                .toList();
    }

    private Invoice withEarlyDiscount(Invoice invoice, LocalDate today) {
        var discount = fees.earlyDiscount(invoice, today);
        return discount.isPositive()
                ? invoice.withLine(InvoiceLine.of(LineType.DISCOUNT, FeeLines.EARLY_DISCOUNT, discount, today))
                : invoice;
    }

    /** True when a discount is on offer and the amount (none: everything) covers the discounted total. */
    private static boolean paysEverything(Money amount, List<Invoice> discounted, List<Invoice> undiscounted) {
        if (discounted.isEmpty()) {
            return false;
        }
        var currency = discounted.getFirst().currency();
        var discountedOwed = Money.sum(currency, discounted.stream().map(Invoice::openBalance).toList());
        var owed = Money.sum(currency, undiscounted.stream().map(Invoice::openBalance).toList());
        if (discountedOwed.equals(owed)) {
            return false;
        }
        return amount == null || amount.currency().equals(currency) && amount.compareTo(discountedOwed) >= 0
                && amount.compareTo(owed) <= 0;
    }

    /** Records the attempt, opens the gateway's checkout and returns the attempt with its checkout address. */
    public PaymentRecord start(DebtorId debtor, PaymentOrder order, Locale locale) {
        var plan = preview(debtor, order);
        var now = Instant.now(clock);
        var shares = shares(debtor, plan);
        var record = payments.insert(new PaymentRecord(PaymentIds.next(), debtor.value(),
                plan.amount().currency().getCurrencyCode(), plan.amount().minorUnits(), PaymentStatus.CREATED, "online",
                gateway.name(), null, null, null, shares, null, 0, 0, null, null, now, now, null));
        var who = debtors.find(debtor);
        var lines = plan.allocations().stream()
                .map(a -> new PaymentGateway.Line(a.invoiceId().value(),
                        messages.getMessage("payment.checkout.line", new Object[] {a.invoiceNumber()}, locale),
                        a.amount()))
                .toList();
        var request = new PaymentGateway.CheckoutRequest(record.id(), debtor,
                who.map(d -> d.name()).orElse(debtor.value()), who.map(d -> d.email()).orElse(null), locale,
                plan.amount().currency(), lines, links.to("payments/" + record.id()),
                links.to("payments/" + record.id() + "?cancelled"));
        try {
            var checkout = gateway.open(request);
            attempts.opened(record.id(), gateway.name(), checkout.sessionId(), checkout.url());
        } catch (RuntimeException e) {
            log.error("Could not open a {} checkout for payment {}", gateway.name(), record.id(), e);
            settlement.failed(record.id(), FailureReason.PROCESSING_ERROR);
            throw new PaymentUnavailableException("The payment gateway did not answer", e);
        }
        return payments.findById(record.id()).orElseThrow();
    }

    /** The debtor's unpaid invoices in a currency, the ones a payment can go to. */
    public List<dev.saldo.domain.invoice.Invoice> payable(DebtorId debtor, Currency currency) {
        return invoices.openInvoices(debtor, currency).stream()
                .sorted(java.util.Comparator.comparing(dev.saldo.domain.invoice.Invoice::dueDate))
                .toList();
    }

    public Optional<PaymentRecord> find(DebtorId debtor, String paymentId) {
        return payments.findByIdAndDebtorId(paymentId, debtor.value());
    }

    /**
     * The attempt as it stands now. If it is still open, asks the gateway first, so a debtor coming back
     * from the checkout sees the outcome even when the webhook has not arrived.
     */
    public Optional<PaymentRecord> refresh(DebtorId debtor, String paymentId) {
        var found = find(debtor, paymentId);
        found.filter(p -> PaymentAttempts.OPEN.contains(p.status()) && p.sessionId() != null)
                .ifPresent(p -> lookup(p).ifPresent(settlement::apply));
        found.filter(p -> p.status() == PaymentStatus.SUCCEEDED && p.applied() == null)
                .ifPresent(p -> settlement.applyAllocations(p.id()));
        return find(debtor, paymentId);
    }

    public Slice<PaymentRecord> history(DebtorId debtor, Pageable pageable) {
        return payments.findByDebtorIdOrderByCreatedAtDesc(debtor.value(), pageable);
    }

    /** The business day an instant falls on, in the portfolio's time zone. */
    public java.time.LocalDate dayOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    /** What the debtor still owes in a currency after everything confirmed so far. */
    public Money owed(DebtorId debtor, Currency currency) {
        return Money.sum(currency, invoices.openInvoices(debtor, currency).stream()
                .map(dev.saldo.domain.invoice.Invoice::openBalance).toList());
    }

    public Money minimumFor(Currency currency) {
        return settings.minimumFor(currency);
    }

    /** Money paid beyond what the invoices owed, per currency: the debtor's credit. */
    public Map<Currency, Money> credit(DebtorId debtor) {
        var credit = new TreeMap<Currency, Money>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        payments.findByDebtorIdAndStatus(debtor.value(), PaymentStatus.SUCCEEDED).stream()
                .filter(p -> p.credit().isPositive())
                .forEach(p -> credit.merge(p.currencyUnit(), p.credit(), Money::plus));
        return credit;
    }

    public List<Currency> currenciesOwed(DebtorId debtor) {
        return invoices.currenciesOwed(debtor);
    }

    private Optional<GatewayEvent> lookup(PaymentRecord payment) {
        try {
            return gateway.lookup(payment.id(), payment.sessionId());
        } catch (RuntimeException e) {
            log.warn("Could not ask the gateway about payment {}", payment.id(), e);
            return Optional.empty();
        }
    }
}
