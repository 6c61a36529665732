package dev.saldo.portal.importer;

import static dev.saldo.portal.importer.ErpColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.DebtorKind;

/** One valid row of the ERP file: a debtor and one of their invoices. */
record ErpRow(long line, String debtorId, String debtorName, DebtorKind kind, String taxId, String email, String phone,
        String country, String language, String invoiceNumber, String description, LocalDate issueDate,
        LocalDate dueDate, Money amount) {

    /** Either a row or the first reason it is not one. */
    record Parsed(ErpRow row, Rejection rejection) {
    }

    static Parsed parse(long line, List<String> fields) {
        if (fields.size() != HEADER.size()) {
            return reject(Rejection.of(line, "columns", HEADER.size(), fields.size()));
        }
        for (var column : REQUIRED) {
            if (fields.get(column).isEmpty()) {
                return reject(Rejection.of(line, "required", HEADER.get(column)));
            }
        }
        DebtorKind kind;
        try {
            kind = DebtorKind.valueOf(fields.get(DEBTOR_KIND).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return reject(Rejection.of(line, "kind", fields.get(DEBTOR_KIND)));
        }
        var issue = date(fields.get(ISSUE_DATE));
        if (issue == null) {
            return reject(Rejection.of(line, "date", HEADER.get(ISSUE_DATE), fields.get(ISSUE_DATE)));
        }
        var due = date(fields.get(DUE_DATE));
        if (due == null) {
            return reject(Rejection.of(line, "date", HEADER.get(DUE_DATE), fields.get(DUE_DATE)));
        }
        if (due.isBefore(issue)) {
            return reject(Rejection.of(line, "due-before-issue", due, issue));
        }
        Currency currency;
        try {
            currency = Currency.getInstance(fields.get(CURRENCY));
        } catch (IllegalArgumentException e) {
            return reject(Rejection.of(line, "currency", fields.get(CURRENCY)));
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(fields.get(AMOUNT));
        } catch (NumberFormatException e) {
            return reject(Rejection.of(line, "amount-format", fields.get(AMOUNT)));
        }
        if (amount.signum() <= 0) {
            return reject(Rejection.of(line, "amount-positive", fields.get(AMOUNT)));
        }
        if (amount.stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
            return reject(Rejection.of(line, "amount-decimals", fields.get(AMOUNT), currency.getCurrencyCode()));
        }
        return new Parsed(new ErpRow(line, fields.get(DEBTOR_ID), fields.get(DEBTOR_NAME), kind, blankToNull(fields.get(TAX_ID)),
                blankToNull(fields.get(EMAIL)), blankToNull(fields.get(PHONE)), blankToNull(fields.get(COUNTRY)),
                blankToNull(fields.get(LANGUAGE)), fields.get(INVOICE_NUMBER), fields.get(DESCRIPTION), issue, due,
                Money.of(amount, currency)), null);
    }

    private static Parsed reject(Rejection rejection) {
        return new Parsed(null, rejection);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
