package dev.saldo.portal.staff.figures;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A currency's running figures as stored: one small document, changed only with atomic {@code $inc}. */
@Document("portfolio_tallies")
record TallyDocument(@Id String currency, Map<String, Long> open, Map<String, Long> invoices,
        Map<String, Long> billed, Map<String, Long> collected) {
}
