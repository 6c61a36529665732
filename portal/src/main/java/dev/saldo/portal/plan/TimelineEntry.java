package dev.saldo.portal.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One line of a debtor's plan and promise history, until the timeline capability takes these over. */
@Document("plan_timeline")
@CompoundIndex(name = "debtor_at", def = "{'debtorId': 1, 'at': -1}")
record TimelineEntry(@Id String id, String debtorId, Instant at, String key, List<String> args) {
}
