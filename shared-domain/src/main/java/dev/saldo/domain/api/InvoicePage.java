package dev.saldo.domain.api;

import java.util.List;

/** {@code GET /api/v1/me/invoices}: one page of invoices; ask for {@code page + 1} while {@code hasNext}. */
public record InvoicePage(List<InvoiceItem> items, int page, int size, boolean hasNext) {

    public InvoicePage {
        items = List.copyOf(items);
    }
}
