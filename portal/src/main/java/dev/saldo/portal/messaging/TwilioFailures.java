package dev.saldo.portal.messaging;

import java.util.Set;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;

/** Which Twilio failures are worth another try later, and which will fail the same way again. */
final class TwilioFailures {

    /**
     * Twilio error codes that say the recipient cannot get this message on this channel: an invalid or
     * unroutable number, a recipient who replied STOP, a WhatsApp user outside the reply window or unknown.
     */
    static final Set<Integer> RECIPIENT_REFUSED = Set.of(
            21211, // invalid 'To' number
            21214, // 'To' number cannot be reached
            21408, // sending to this region is not enabled
            21610, // the recipient has unsubscribed (replied STOP)
            21612, // no route to the 'To' number
            21614, // 'To' is not a mobile number
            63003, // the channel could not find the 'To' address
            63016, // WhatsApp: outside the 24-hour window, a template is needed
            63024); // invalid message recipient

    private TwilioFailures() {
    }

    static DeliveryException map(TwilioException failure, String reference) {
        if (failure instanceof ApiConnectionException) {
            return new DeliveryException("Twilio could not be reached for " + reference, true, failure);
        }
        if (failure instanceof ApiException api && api.getStatusCode() == null) {
            return new DeliveryException("Twilio did not answer for " + reference + ": " + api.getMessage(), true, failure);
        }
        if (failure instanceof ApiException api) {
            var code = api.getCode();
            var status = api.getStatusCode();
            var described = "Twilio refused " + reference + " (HTTP " + status + ", code " + code + "): "
                    + api.getMessage();
            if (code != null && RECIPIENT_REFUSED.contains(code)) {
                return new DeliveryException(described, false, failure);
            }
            return new DeliveryException(described, retryable(status), failure);
        }
        return new DeliveryException("Twilio failed for " + reference + ": " + failure.getMessage(), true, failure);
    }

    /**
     * Throttling and server errors pass; so do refused credentials (an operator fixes the account and
     * nothing is lost). Any other 4xx is a request Twilio will refuse again.
     */
    private static boolean retryable(int status) {
        return status == 429 || status >= 500 || status == 401 || status == 403;
    }
}
