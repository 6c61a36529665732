package dev.saldo.portal.plan;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.payment.ReturnLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a debtor, by e-mail in their language, that their card could not be charged and where to pay
 * the installment themselves. Best effort: the same notice waits for them on "My payment plan".
 */
@Component
class AutoChargeMail {

    private static final Logger log = LoggerFactory.getLogger(AutoChargeMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final DebtorDirectory debtors;
    private final MessageSource messages;
    private final ReturnLinks links;
    private final AutoChargeSettings settings;

    AutoChargeMail(ObjectProvider<JavaMailSender> mail, DebtorDirectory debtors, MessageSource messages,
            ReturnLinks links, AutoChargeSettings settings) {
        this.mail = mail;
        this.debtors = debtors;
        this.messages = messages;
        this.links = links;
        this.settings = settings;
    }

    void payOnline(DebtorId debtor, Money amount, String failureKey) {
        var sender = mail.getIfAvailable();
        var who = debtors.find(debtor).filter(d -> d.email() != null && !d.email().isBlank());
        if (sender == null || who.isEmpty()) {
            return;
        }
        var locale = who.get().locale();
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(who.get().email());
        message.setSubject(messages.getMessage("plan.card.mail.subject", null, locale));
        message.setText(messages.getMessage("plan.card.mail.body", new Object[] {MoneyFormat.format(amount, locale),
                messages.getMessage(failureKey, null, locale), links.to("plan")}, locale));
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            log.warn("Could not e-mail debtor {} about a card that was not charged", debtor, e);
        }
    }
}
