package dev.saldo.portal.staff.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A debtor's escalation state and every decision about it, one document per debtor (its id), so each change is one write. */
@Document("escalations")
record EscalationRecord(@Id String debtorId, boolean active, Channel channel, List<Decision> decisions,
        @Version Long version) {

    enum Channel {
        AGENCY, LEGAL
    }

    record Decision(String kind, Channel channel, String by, Instant at, String note) {
    }

    EscalationRecord with(boolean nowActive, Channel newChannel, Decision decision) {
        var all = new ArrayList<>(decisions);
        all.add(decision);
        return new EscalationRecord(debtorId, nowActive, newChannel, List.copyOf(all), version);
    }
}
