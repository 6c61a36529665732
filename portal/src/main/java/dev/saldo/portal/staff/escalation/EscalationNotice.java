package dev.saldo.portal.staff.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.ui.DebtorNotice;
import dev.saldo.portal.ui.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells an escalated debtor, plainly, who now handles their case and since when, and that they can still
 * pay or write from the portal: a decision about them should never be a surprise.
 */
@Component
class EscalationNotice implements DebtorNotice {

    private final Escalations escalations;
    private final MessageSource messages;
    private final Clock clock;

    EscalationNotice(Escalations escalations, MessageSource messages, Clock clock) {
        this.escalations = escalations;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<Text> noticeFor(DebtorId debtor, Locale locale) {
        return escalations.statusOf(debtor).filter(Escalations.Status::active).map(status -> {
            var since = LocalDate.ofInstant(status.decidedAt(), clock.getZone());
            var key = "escalation.notice." + status.channel().name().toLowerCase(Locale.ROOT);
            return new Text("escalation-notice", messages.getMessage(key, new Object[] {Formats.date(since, locale)}, locale));
        });
    }
}
