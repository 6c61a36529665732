package dev.saldo.portal.importer;

import java.util.List;

/**
 * What an import did: rows read, debtors and invoices created, rows that were already known (a
 * re-import changes nothing), and every rejected row with its reason (listed up to a limit, all counted).
 */
public record ImportReport(long rows, long debtorsCreated, long invoicesCreated, long alreadyKnown, long rejected,
        List<Rejection> rejections, long millis) {

    public boolean changedNothing() {
        return debtorsCreated == 0 && invoicesCreated == 0;
    }
}
