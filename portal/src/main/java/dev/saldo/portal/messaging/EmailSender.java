package dev.saldo.portal.messaging;

import dev.saldo.domain.contact.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server Spring Boot's {@code spring.mail.*} points at. On only when
 * {@code saldo.messaging.email.enabled=true}: the embedded default has no mail server to talk to.
 */
@Component
@ConditionalOnProperty(name = "saldo.messaging.email.enabled", havingValue = "true")
class EmailSender implements MessageSender {

    private final JavaMailSender mail;
    private final MessagingSettings settings;

    EmailSender(JavaMailSender mail, MessagingSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(OutboundMessage message) throws DeliveryException {
        var mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(settings.email().from());
        mailMessage.setTo(message.to());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        try {
            mail.send(mailMessage);
            // SMTP reports no delivery back to the sender: there is nothing to match a report against.
            return null;
        } catch (MailParseException | MailPreparationException e) {
            throw new DeliveryException("The message cannot be sent: " + e.getMessage(), false, e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryException("The SMTP server refused the credentials", true, e);
        } catch (MailException e) {
            throw new DeliveryException("The SMTP server did not take the message: " + e.getMessage(), true, e);
        }
    }
}
