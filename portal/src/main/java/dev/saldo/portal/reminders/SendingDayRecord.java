package dev.saldo.portal.reminders;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A portfolio's saved sending days, one document per currency; a currency without one uses the defaults. */
@Document("sending_days")
record SendingDayRecord(@Id String currency, boolean saturdays, boolean sundays, List<SendingCalendar.Holiday> holidays,
        String updatedBy, Instant updatedAt, @Version Long version) {

    SendingCalendar calendar() {
        return new SendingCalendar(saturdays, sundays, holidays);
    }
}
