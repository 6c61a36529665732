package dev.saldo.portal.staff.figures;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A currency's receivable and overdue at the start of a day, written by the aging roll (or a rebuild). */
@Document("portfolio_snapshots")
@CompoundIndex(name = "currency_date", def = "{'currency': 1, 'date': 1}", unique = true)
record DailySnapshot(@Id String id, String currency, LocalDate date, long receivable, long overdue) {

    static DailySnapshot of(String currency, LocalDate date, long receivable, long overdue) {
        return new DailySnapshot(currency + ":" + date, currency, date, receivable, overdue);
    }
}
