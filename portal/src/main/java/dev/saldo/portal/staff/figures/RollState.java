package dev.saldo.portal.staff.figures;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The day the running figures are aged to; events bucket invoices as of this day, the roll moves it. */
@Document("portfolio_roll")
record RollState(@Id String id, LocalDate asOf) {

    static final String ID = "figures";
}
