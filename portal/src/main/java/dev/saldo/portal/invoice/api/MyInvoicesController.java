package dev.saldo.portal.invoice.api;

import java.util.LinkedHashMap;
import java.util.Locale;

import dev.saldo.domain.api.InvoiceDetails;
import dev.saldo.domain.api.InvoicePage;
import dev.saldo.domain.api.Summary;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.portal.api.ApiException;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in debtor's balance and invoices. Every read goes through the debtor's own id: an
 * invoice of someone else answers exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Invoices", description = "The signed-in debtor's balance and invoices")
class MyInvoicesController {

    static final int MAX_PAGE_SIZE = 100;

    private final InvoiceBook book;
    private final CurrentUser currentUser;
    private final InvoicePdf pdf;

    MyInvoicesController(InvoiceBook book, CurrentUser currentUser, InvoicePdf pdf) {
        this.book = book;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    @Operation(summary = "Balance per currency as of today")
    @GetMapping("/summary")
    Summary summary() {
        return Summary.of(book.balanceOf(currentUser.requireDebtor()), book.today());
    }

    @Operation(summary = "One page of invoices, oldest due first",
            description = "status: pending (default), overdue, paid or all; page from 0; size 1 to 100 (default 20)")
    @GetMapping("/invoices")
    InvoicePage invoices(@RequestParam(defaultValue = "pending") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var errors = new LinkedHashMap<String, String>();
        var filter = filter(status);
        if (filter == null) {
            errors.put("status", "problem.field.status");
        }
        if (page < 0) {
            errors.put("page", "problem.field.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.put("size", "problem.field.size");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        var slice = book.page(currentUser.requireDebtor(), filter, PageRequest.of(page, size));
        return new InvoicePage(slice.getContent().stream().map(InvoiceJson::item).toList(), page, size, slice.hasNext());
    }

    @Operation(summary = "One invoice with its lines and payments")
    @GetMapping("/invoices/{id}")
    InvoiceDetails invoice(@PathVariable String id) {
        return InvoiceJson.details(find(id), book.today());
    }

    @Operation(summary = "One invoice as a PDF, in the request's language")
    @GetMapping(value = "/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoicePdf(@PathVariable String id, Locale locale) {
        var invoice = find(id);
        var body = pdf.render(invoice, book.today(), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("invoice-" + invoice.number() + ".pdf").build().toString())
                .body(body);
    }

    private Invoice find(String id) {
        if (id.isBlank() || id.length() > 64) {
            throw ApiException.notFound();
        }
        return book.find(currentUser.requireDebtor(), InvoiceId.of(id)).orElseThrow(ApiException::notFound);
    }

    private static InvoiceFilter filter(String status) {
        for (var filter : InvoiceFilter.values()) {
            if (filter.name().equalsIgnoreCase(status)) {
                return filter;
            }
        }
        return null;
    }
}
