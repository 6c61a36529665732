package dev.saldo.portal.plan.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.plan.api.EvaluationResponse;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.domain.plan.api.ProposalRequest;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanDraft;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in debtor's plans: evaluate terms, submit, list, answer a counter-offer. */
@RestController
@RequestMapping("/api/v1/me/plans")
class MyPlansController {

    private final PlanDesk desk;
    private final CurrentUser user;
    private final ApiShapes shapes;

    MyPlansController(PlanDesk desk, CurrentUser user, ApiShapes shapes) {
        this.desk = desk;
        this.user = user;
        this.shapes = shapes;
    }

    /** The verdict and schedule for these terms; nothing is stored. */
    @PostMapping("/evaluation")
    EvaluationResponse evaluate(@RequestBody ProposalRequest request, Locale locale) {
        return shapes.evaluation(desk.evaluate(user.requireDebtor(), draft(request)), locale);
    }

    /** Today, the default proposal's debt, the policy and the standing, so a phone can run the same policy code. */
    @GetMapping("/basis")
    ProposalBasis basis() {
        return desk.basis(user.requireDebtor());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanView submit(@RequestBody ProposalRequest request, Locale locale) {
        return shapes.plan(desk.submit(user.requireDebtor(), draft(request)), locale);
    }

    @GetMapping
    List<PlanView> plans(Locale locale) {
        return desk.plans(user.requireDebtor()).stream().map(p -> shapes.plan(p, locale)).toList();
    }

    @GetMapping("/{id}")
    PlanView plan(@PathVariable String id, Locale locale) {
        return shapes.plan(desk.plan(user.requireDebtor(), id), locale);
    }

    @PostMapping("/{id}/counter-offer/acceptance")
    PlanView accept(@PathVariable String id, Locale locale) {
        return shapes.plan(desk.acceptCounterOffer(user.requireDebtor(), id), locale);
    }

    @PostMapping("/{id}/counter-offer/decline")
    PlanView decline(@PathVariable String id, Locale locale) {
        return shapes.plan(desk.declineCounterOffer(user.requireDebtor(), id), locale);
    }

    private static PlanDraft draft(ProposalRequest r) {
        return new PlanDraft(r.invoiceIds() == null ? null : r.invoiceIds().stream().map(InvoiceId::of).toList(),
                r.downPayment() == null || r.downPayment().isBlank() ? BigDecimal.ZERO : new BigDecimal(r.downPayment().strip()),
                r.installments(), r.frequency(), r.firstDate());
    }
}
