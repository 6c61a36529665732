package dev.saldo.portal.payment.api;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.saldo.domain.api.AllocationLine;
import dev.saldo.domain.api.PaymentCheckout;
import dev.saldo.domain.api.PaymentItem;
import dev.saldo.domain.api.PaymentRequest;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentReceipts;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments for the phone: start one (the answer holds the checkout address to open), list them, and
 * fetch a receipt. Same rules and split as the screens, because both call {@link PaymentService}.
 */
@RestController
@RequestMapping("/api/v1/me/payments")
class PaymentApiController {

    private final PaymentService payments;
    private final PaymentReceipts receipts;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    PaymentApiController(PaymentService payments, PaymentReceipts receipts, CurrentUser currentUser,
            MessageSource messages) {
        this.payments = payments;
        this.receipts = receipts;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PaymentCheckout> start(@RequestBody PaymentRequest request, Locale locale) {
        var debtor = currentUser.requireDebtor();
        var currency = request.currency() == null || request.currency().isBlank() ? null
                : Currency.getInstance(request.currency().strip().toUpperCase(Locale.ROOT));
        var ids = request.invoiceIds().stream().map(InvoiceId::of).toList();
        if (currency == null && ids.isEmpty()) {
            currency = payments.currenciesOwed(debtor).stream().findFirst().orElse(null);
        }
        if (currency == null && !ids.isEmpty()) {
            currency = payments.preview(debtor, new PaymentOrder(null, ids, null)).amount().currency();
        }
        var amount = request.amount() == null || currency == null ? null : Money.of(request.amount(), currency);
        var payment = payments.start(debtor, new PaymentOrder(currency, ids, amount), locale);
        var body = new PaymentCheckout(payment.id(), payment.checkoutUrl(), payment.currency(),
                payment.amount().amount(), lines(payment));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping
    List<PaymentItem> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        var pageable = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 100));
        return payments.history(currentUser.requireDebtor(), pageable).map(p -> item(p, locale)).getContent();
    }

    @GetMapping(path = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@PathVariable String id, Locale locale) {
        return receipts.pdf(currentUser.requireDebtor(), id, locale)
                .map(pdf -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(PaymentReceipts.fileName(id)).build().toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private PaymentItem item(PaymentRecord payment, Locale locale) {
        var reason = payment.failure() == null ? null
                : messages.getMessage(payment.failure().messageKey(), null, locale);
        return new PaymentItem(payment.id(), payment.status().name(), payment.currency(), payment.amount().amount(),
                payment.credit().amount(), payment.createdAt(), payment.settledAt(), reason, lines(payment),
                payment.hasReceipt());
    }

    private static List<AllocationLine> lines(PaymentRecord payment) {
        return payment.shares().stream()
                .map(s -> new AllocationLine(s.invoiceId(), s.invoiceNumber(), payment.money(s.amountMinor()).amount()))
                .toList();
    }
}
