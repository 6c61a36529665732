package dev.saldo.portal.plan.api;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.api.CounterOfferRequest;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.domain.plan.api.ProposalQueueItem;
import dev.saldo.domain.plan.api.RejectionRequest;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.plan.ProposalReview;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's review queue and decisions. A decision may carry {@code If-Match: <version>} (the version in
 * the queue item's ETag-like {@code version}); without it, the version current at the time is used, and
 * a concurrent decision still loses with 409.
 */
@RestController
@RequestMapping("/api/v1/staff/proposals")
class StaffProposalsController {

    private final ProposalReview review;
    private final DebtorDirectory debtors;
    private final CurrentUser user;
    private final ApiShapes shapes;

    StaffProposalsController(ProposalReview review, DebtorDirectory debtors, CurrentUser user, ApiShapes shapes) {
        this.review = review;
        this.debtors = debtors;
        this.user = user;
        this.shapes = shapes;
    }

    @GetMapping
    List<ProposalQueueItem> queue(@RequestParam Optional<String> currency, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Locale locale) {
        staff();
        var filter = currency.filter(c -> !c.isBlank()).map(c -> Currency.getInstance(c.strip().toUpperCase(Locale.ROOT)));
        return review.queue(filter, PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 200))).getContent().stream()
                .map(p -> {
                    var h = review.history(p.debtor());
                    var name = debtors.find(p.debtor()).map(d -> d.name()).orElse(null);
                    return new ProposalQueueItem(p.id(), p.debtor().value(), name, ApiShapes.terms(p.terms()),
                            shapes.reasons(p.reasons(), locale), p.proposedAt(), h.plans(), h.brokenPlans(),
                            h.brokenPromises());
                }).toList();
    }

    @PostMapping("/{id}/approval")
    PlanView approve(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String version,
            Locale locale) {
        return shapes.plan(review.approve(id, version(id, version), staff()), locale);
    }

    @PostMapping("/{id}/rejection")
    PlanView reject(@PathVariable String id, @RequestBody RejectionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String version, Locale locale) {
        return shapes.plan(review.reject(id, version(id, version), staff(), request.reason()), locale);
    }

    @PostMapping("/{id}/counter-offer")
    PlanView counterOffer(@PathVariable String id, @RequestBody CounterOfferRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String version, Locale locale) {
        var agent = staff();
        var plan = review.proposal(id);
        var down = Money.of(request.downPayment() == null ? BigDecimal.ZERO : new BigDecimal(request.downPayment().strip()),
                plan.terms().total().currency());
        return shapes.plan(review.counterOffer(id, version(id, version), agent, down, request.installments(),
                request.frequency(), request.firstDate(), request.note()), locale);
    }

    private long version(String id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return review.proposal(id).version();
        }
        return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").strip());
    }

    private String staff() {
        return user.get().filter(SaldoUser::isStaff).map(SaldoUser::getUsername)
                .orElseThrow(() -> new AccessDeniedException("Staff only"));
    }
}
