package dev.saldo.portal.importer;

import java.util.List;

/** The columns of the ERP's open-items export, one invoice per row with its debtor; see docs/import/. */
public final class ErpColumns {

    public static final List<String> HEADER = List.of("debtor_id", "debtor_name", "debtor_kind", "tax_id", "email",
            "phone", "country", "language", "invoice_number", "description", "issue_date", "due_date", "currency",
            "amount");

    static final int DEBTOR_ID = 0;
    static final int DEBTOR_NAME = 1;
    static final int DEBTOR_KIND = 2;
    static final int TAX_ID = 3;
    static final int EMAIL = 4;
    static final int PHONE = 5;
    static final int COUNTRY = 6;
    static final int LANGUAGE = 7;
    static final int INVOICE_NUMBER = 8;
    static final int DESCRIPTION = 9;
    static final int ISSUE_DATE = 10;
    static final int DUE_DATE = 11;
    static final int CURRENCY = 12;
    static final int AMOUNT = 13;

    /** Columns a row cannot do without; the others may be empty. */
    static final List<Integer> REQUIRED = List.of(DEBTOR_ID, DEBTOR_NAME, DEBTOR_KIND, INVOICE_NUMBER, ISSUE_DATE,
            DUE_DATE, CURRENCY, AMOUNT);

    private ErpColumns() {
    }
}
