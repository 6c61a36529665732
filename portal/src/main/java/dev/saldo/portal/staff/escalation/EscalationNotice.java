package dev.saldo.portal.staff.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.ui.DebtorNotice;
import dev.saldo.portal.ui.Formats;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells an escalated debtor, plainly, who now handles their case and since when, and that they can still
 * pay or write from the portal: a decision about them should never be a surprise.
 */
@Component
class EscalationNotice implements DebtorNotice {

    private final MongoTemplate mongo;
    private final MessageSource messages;
    private final Clock clock;

    EscalationNotice(MongoTemplate mongo, MessageSource messages, Clock clock) {
        this.mongo = mongo;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<Text> noticeFor(DebtorId debtor, Locale locale) {
        var record = mongo.findById(debtor.value(), EscalationRecord.class);
        if (record == null || !record.active() || record.decisions().isEmpty()) {
            return Optional.empty();
        }
        var since = LocalDate.ofInstant(record.decisions().getLast().at(), clock.getZone());
        var key = "escalation.notice." + record.channel().name().toLowerCase(Locale.ROOT);
        return Optional.of(new Text("escalation-notice",
                messages.getMessage(key, new Object[] {Formats.date(since, locale)}, locale)));
    }
}
