package dev.saldo.portal.messaging;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.twilio.security.RequestValidator;
import dev.saldo.portal.api.ApiProblems;
import dev.saldo.portal.api.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/webhooks/twilio/status}: Twilio's delivery reports, form-encoded. Only a report whose
 * {@code X-Twilio-Signature} matches — HMAC-SHA1 with the account's auth token over the configured public
 * address and the form fields, checked by the SDK's own {@link RequestValidator} — is read; a missing or wrong
 * signature, or a message SID nobody sent, is a problem-details error and changes nothing.
 */
@RestController
class TwilioStatusController {

    static final String PATH = "/api/v1/webhooks/twilio/status";
    private static final Logger log = LoggerFactory.getLogger(TwilioStatusController.class);

    private final MessagingSettings.Twilio settings;
    private final List<DeliveryReports> listeners;
    private final ApiProblems problems;
    private final MessageSource messages;
    private final Clock clock;

    TwilioStatusController(MessagingSettings settings, List<DeliveryReports> listeners, ApiProblems problems,
            MessageSource messages, Clock clock) {
        this.settings = settings.twilio();
        this.listeners = List.copyOf(listeners);
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(HttpServletRequest request,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        var token = settings.authToken();
        var url = settings.statusCallbackUrl();
        var form = form(request);
        if (token == null || token.isBlank() || url == null || url.isBlank() || signature == null || signature.isBlank()
                || !new RequestValidator(token.strip()).validate(url.strip(), form, signature)) {
            log.warn("Refused a Twilio status report without a valid signature (SID {})", form.get("MessageSid"));
            return problem(problems.of(400, "webhook-signature", detail("problem.webhook-signature.detail", request),
                    request));
        }
        var sid = form.get("MessageSid");
        var status = form.get("MessageStatus");
        if (sid == null || sid.isBlank() || status == null || status.isBlank()) {
            return problem(problems.of(400, "bad-request", detail("problem.twilio-status.incomplete", request), request));
        }
        var error = form.get("ErrorCode");
        var report = new DeliveryReport(sid, DeliveryReport.Outcome.ofTwilio(status),
                "Twilio " + status + (error == null || error.isBlank() ? "" : " (error " + error + ")"), clock.instant());
        var known = false;
        for (var listener : listeners) {
            known |= listener.report(report);
        }
        if (!known) {
            log.warn("Twilio reported {} for {}, which was not sent from here", status, sid);
            return problem(problems.of(ProblemType.NOT_FOUND, request));
        }
        return ResponseEntity.noContent().build();
    }

    /** The POSTed fields only: Twilio's signature covers the query string as part of the address, not as fields. */
    private static Map<String, String> form(HttpServletRequest request) {
        Set<String> inQuery = request.getQueryString() == null ? Set.of()
                : Arrays.stream(request.getQueryString().split("&"))
                        .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
                        .collect(Collectors.toSet());
        var form = new HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!inQuery.contains(name) && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        return form;
    }

    private String detail(String key, HttpServletRequest request) {
        return messages.getMessage(key, null, key, request.getLocale());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
