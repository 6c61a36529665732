package dev.saldo.portal.reminders;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A portfolio's saved dunning schedule, one document per currency; a currency without one uses the defaults. */
@Document("dunning_schedules")
record DunningScheduleRecord(@Id String currency, List<ScheduleStep> steps, String updatedBy, Instant updatedAt,
        @Version Long version) {
}
