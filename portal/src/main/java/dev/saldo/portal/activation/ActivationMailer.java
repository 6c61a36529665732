package dev.saldo.portal.activation;

import java.util.Locale;

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
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The activation e-mails' outbox: sends what is pending, retries what failed, and forgets the link
 * (which holds the token) once the e-mail is out. Sending apart from the request also keeps the
 * request's answer time the same whether or not a link was sent.
 */
@Component
class ActivationMailer {

    private static final Logger log = LoggerFactory.getLogger(ActivationMailer.class);

    private final ActivationRequests requests;
    private final MongoTemplate mongo;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ActivationSettings settings;

    ActivationMailer(ActivationRequests requests, MongoTemplate mongo, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, ActivationSettings settings) {
        this.requests = requests;
        this.mongo = mongo;
        this.mail = mail;
        this.messages = messages;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${saldo.activation.outbox-interval-millis:2000}")
    @SchedulerLock(name = "activation-mail-outbox", lockAtMostFor = "PT1M", lockAtLeastFor = "PT1S")
    void sendPending() {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (var request : requests.findTop20ByMailSentAtIsNullAndMailAttemptsLessThan(settings.maxMailAttempts())) {
            var byId = Query.query(Criteria.where("_id").is(request.id()));
            try {
                sender.send(message(request));
                mongo.updateFirst(byId, new Update().set("mailSentAt", java.time.Instant.now()).unset("link")
                        .inc("mailAttempts", 1), ActivationRequest.class);
            } catch (RuntimeException e) {
                mongo.updateFirst(byId, new Update().inc("mailAttempts", 1), ActivationRequest.class);
                log.warn("Activation e-mail {} not sent (attempt {}): {}", request.id(), request.mailAttempts() + 1,
                        e.toString());
            }
        }
    }

    private SimpleMailMessage message(ActivationRequest request) {
        var locale = Locale.forLanguageTag(request.language() == null ? "es" : request.language());
        var minutes = settings.linkValidity().toMinutes();
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(request.email());
        message.setSubject(messages.getMessage("activation.mail.subject", null, locale));
        message.setText(messages.getMessage("activation.mail.body", new Object[] {request.link(), minutes}, locale));
        return message;
    }
}
