package dev.saldo.portal.reminders;

import java.time.Clock;
import java.util.Currency;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.invoice.InvoiceBook;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Each portfolio's sending days (see {@link SendingCalendar}); saved by supervisors together with the dunning
 * schedule ({@link DunningSchedules#save(Currency, java.util.List, SendingCalendar, String)}).
 */
@Service
public class SendingDays {

    private final MongoTemplate mongo;
    private final InvoiceBook invoices;
    private final Clock clock;

    SendingDays(MongoTemplate mongo, InvoiceBook invoices, Clock clock) {
        this.mongo = mongo;
        this.invoices = invoices;
        this.clock = clock;
    }

    public SendingCalendar calendarFor(Currency currency) {
        var saved = mongo.findById(currency.getCurrencyCode(), SendingDayRecord.class);
        return saved == null ? SendingCalendar.defaults() : saved.calendar();
    }

    /**
     * The calendar of the entry's portfolio: the currency it carries, else (entries written without one) the
     * currency of the debtor's open invoices, else the defaults.
     */
    SendingCalendar calendarOf(OutboxEntry entry) {
        if (entry.currency() != null) {
            return calendarFor(Currency.getInstance(entry.currency()));
        }
        return invoices.unsettled(DebtorId.of(entry.debtorId())).stream().findFirst()
                .map(invoice -> calendarFor(invoice.openBalance().currency()))
                .orElseGet(SendingCalendar::defaults);
    }

    void save(Currency currency, SendingCalendar calendar, String supervisor) {
        var existing = mongo.findById(currency.getCurrencyCode(), SendingDayRecord.class);
        mongo.save(new SendingDayRecord(currency.getCurrencyCode(), calendar.saturdays(), calendar.sundays(),
                calendar.holidays(), supervisor, clock.instant(), existing == null ? null : existing.version()));
    }
}
