package dev.saldo.portal.messaging;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code saldo.messaging.*}: which channels are on and who the messages come from. */
@ConfigurationProperties("saldo.messaging")
public record MessagingSettings(@DefaultValue Email email, @DefaultValue Twilio twilio) {

    /**
     * @param enabled send e-mail through {@code spring.mail.*}; off by default
     * @param from    the sender address debtors see
     */
    public record Email(@DefaultValue("false") boolean enabled,
            @DefaultValue("Saldo <no-reply@saldo.example>") String from) {
    }

    /**
     * SMS and WhatsApp through Twilio. A channel is on when the account and its "from" number are set.
     *
     * @param accountSid   the account ({@code AC…})
     * @param authToken    secret
     * @param smsFrom      the E.164 number SMS go out from, or a Messaging Service SID ({@code MG…}); blank: no SMS
     * @param whatsappFrom the E.164 WhatsApp sender, without the {@code whatsapp:} prefix, or a Messaging Service
     *                     SID; blank: no WhatsApp
     * @param apiBase      Twilio's REST address (scheme, host and port); tests point it at a local stub
     * @param statusCallbackUrl the portal's public address of {@code /api/v1/webhooks/twilio/status}, exactly as
     *                     Twilio calls it (its signature covers it); blank: Twilio reports no deliveries
     */
    public record Twilio(String accountSid, String authToken, String smsFrom, String whatsappFrom,
            @DefaultValue("https://api.twilio.com") URI apiBase, String statusCallbackUrl) {

        static final String ACCOUNT = "'${saldo.messaging.twilio.account-sid:}' != '' "
                + "and '${saldo.messaging.twilio.auth-token:}' != ''";
        static final String SMS = ACCOUNT + " and '${saldo.messaging.twilio.sms-from:}' != ''";
        static final String WHATSAPP = ACCOUNT + " and '${saldo.messaging.twilio.whatsapp-from:}' != ''";

        @Override
        public String toString() {
            return "Twilio[accountSid=" + accountSid + ", smsFrom=" + smsFrom + ", whatsappFrom=" + whatsappFrom
                    + ", apiBase=" + apiBase + ", statusCallbackUrl=" + statusCallbackUrl + "]";
        }
    }
}
