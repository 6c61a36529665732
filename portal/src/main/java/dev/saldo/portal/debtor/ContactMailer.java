package dev.saldo.portal.debtor;

import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The confirmation e-mails' outbox: sends what is pending, retries what failed, then forgets the link. */
@Component
class ContactMailer {

    private static final Logger log = LoggerFactory.getLogger(ContactMailer.class);

    private final EmailConfirmations confirmations;
    private final MongoTemplate mongo;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ContactSettings settings;

    ContactMailer(EmailConfirmations confirmations, MongoTemplate mongo, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, ContactSettings settings) {
        this.confirmations = confirmations;
        this.mongo = mongo;
        this.mail = mail;
        this.messages = messages;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${saldo.contact.outbox-interval-millis:5000}")
    @SchedulerLock(name = "contact-confirmation-outbox", lockAtMostFor = "PT1M", lockAtLeastFor = "PT1S")
    void sendPending() {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (var confirmation : confirmations.findTop20ByMailSentAtIsNullAndMailAttemptsLessThan(settings.maxMailAttempts())) {
            var byId = Query.query(Criteria.where("_id").is(confirmation.id()));
            try {
                sender.send(message(confirmation));
                mongo.updateFirst(byId, new Update().set("mailSentAt", java.time.Instant.now()).unset("link")
                        .inc("mailAttempts", 1), EmailConfirmation.class);
            } catch (RuntimeException e) {
                mongo.updateFirst(byId, new Update().inc("mailAttempts", 1), EmailConfirmation.class);
                log.warn("Confirmation e-mail {} not sent (attempt {}): {}", confirmation.id(),
                        confirmation.mailAttempts() + 1, e.toString());
            }
        }
    }

    private SimpleMailMessage message(EmailConfirmation confirmation) {
        var locale = Locale.forLanguageTag(confirmation.language() == null ? "es" : confirmation.language());
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(confirmation.address());
        message.setSubject(messages.getMessage("contact.confirm.mail.subject", null, locale));
        message.setText(messages.getMessage("contact.confirm.mail.body",
                new Object[] {confirmation.link(), settings.confirmationValidity().toHours()}, locale));
        return message;
    }
}
