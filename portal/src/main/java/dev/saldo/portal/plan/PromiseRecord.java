package dev.saldo.portal.plan;

import java.time.Instant;
import java.time.LocalDate;

import dev.saldo.domain.plan.PromiseStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A promise to pay as stored; {@code breaksOn} (its date plus the grace days, plus one) is indexed with
 * the status so the daily job finds broken promises without scanning.
 */
@Document("promises")
@CompoundIndex(name = "debtor_made", def = "{'debtorId': 1, 'madeAt': -1}")
@CompoundIndex(name = "status_breaks_on", def = "{'status': 1, 'breaksOn': 1}")
record PromiseRecord(
        @Id String id,
        String debtorId,
        String currency,
        long amountMinor,
        long paidMinor,
        LocalDate date,
        LocalDate breaksOn,
        PromiseStatus status,
        Instant madeAt,
        LocalDate endedOn,
        @Version Long version) {

    PromiseRecord moveTo(PromiseStatus next, LocalDate on) {
        return new PromiseRecord(id, debtorId, currency, amountMinor, paidMinor, date, breaksOn, status.moveTo(next), madeAt,
                on, version);
    }

    PromiseRecord paid(long minor) {
        return new PromiseRecord(id, debtorId, currency, amountMinor, Math.min(amountMinor, paidMinor + minor), date,
                breaksOn, status, madeAt, endedOn, version);
    }
}
