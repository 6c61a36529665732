package dev.saldo.portal.privacy;

import java.time.Clock;
import java.time.Instant;

import dev.saldo.portal.debtor.DebtorDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases a debtor on their request (right to erasure), done by a supervisor: personal data is replaced,
 * logins are disabled, invoices and payments stay as the law requires, and the erasure itself is recorded.
 */
@Service
public class DebtorErasure {

    private static final Logger log = LoggerFactory.getLogger(DebtorErasure.class);

    public enum Outcome { ERASED, ALREADY_ERASED, NOT_FOUND }

    private final DebtorDirectory debtors;
    private final Erasures erasures;
    private final Clock clock;

    DebtorErasure(DebtorDirectory debtors, Erasures erasures, Clock clock) {
        this.debtors = debtors;
        this.erasures = erasures;
        this.clock = clock;
    }

    /**
     * @param externalId       the debtor's key in the ERP, as on the request
     * @param requestReference the request's reference (ticket, letter) for the record
     * @param supervisor       the username of the supervisor doing it
     */
    public Outcome erase(String externalId, String requestReference, String supervisor) {
        var debtor = debtors.findByExternalId(externalId.strip());
        if (debtor.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        var id = debtor.get().debtorId();
        if (!erasures.findByDebtorId(id.value()).isEmpty()) {
            return Outcome.ALREADY_ERASED;
        }
        if (!debtors.erase(id)) {
            return Outcome.NOT_FOUND;
        }
        erasures.save(new ErasureRecord(null, id.value(), debtor.get().externalId(), requestReference, supervisor,
                Instant.now(clock)));
        log.info("Debtor {} erased by {}", id.value(), supervisor);
        return Outcome.ERASED;
    }
}
