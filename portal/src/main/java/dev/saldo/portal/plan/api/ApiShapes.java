package dev.saldo.portal.plan.api;

import java.util.List;
import java.util.Locale;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.PlanProgress;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Reason;
import dev.saldo.domain.plan.api.EvaluationResponse;
import dev.saldo.domain.plan.api.InstallmentView;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.domain.plan.api.PromiseView;
import dev.saldo.domain.plan.api.ReasonView;
import dev.saldo.domain.plan.api.TermsView;
import dev.saldo.portal.plan.Evaluation;
import dev.saldo.portal.plan.PlanSummary;
import dev.saldo.portal.plan.PromiseSummary;
import dev.saldo.portal.plan.ReasonText;
import org.springframework.stereotype.Component;

/** Turns the plan module's answers into the shared JSON records, reasons worded in the caller's language. */
@Component
class ApiShapes {

    private final ReasonText text;

    ApiShapes(ReasonText text) {
        this.text = text;
    }

    static String amount(Money money) {
        return money.amount().toPlainString();
    }

    List<ReasonView> reasons(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> new ReasonView(r.key(), text.format(r, locale))).toList();
    }

    static TermsView terms(Proposal p) {
        return new TermsView(p.total().currency().getCurrencyCode(), amount(p.total()), amount(p.downPayment()),
                p.installments(), p.frequency(), p.firstDate());
    }

    static List<InstallmentView> installments(PlanProgress progress) {
        return progress.lines().stream().map(l -> new InstallmentView(l.installment().number(), l.installment().dueDate(),
                amount(l.installment().amount()), amount(l.paid()), l.isPaid())).toList();
    }

    EvaluationResponse evaluation(Evaluation e, Locale locale) {
        var verdict = e.verdict();
        return new EvaluationResponse(verdict.outcome(), reasons(verdict.reasons(), locale),
                e.proposal().map(ApiShapes::terms).orElse(null),
                e.schedule().map(s -> installments(PlanProgress.unpaid(s))).orElse(List.of()),
                verdict.alternative().map(ApiShapes::terms).orElse(null));
    }

    PlanView plan(PlanSummary p, Locale locale) {
        return new PlanView(p.id(), p.status(), p.invoiceIds(), terms(p.terms()), installments(p.progress()),
                p.progress().installmentsPaid(), p.progress().installmentCount(),
                p.counterOffer().map(ApiShapes::terms).orElse(null), reasons(p.reasons(), locale),
                p.decisionNote().orElse(null), p.proposedAt());
    }

    static PromiseView promise(PromiseSummary p) {
        return new PromiseView(p.id(), p.status(), p.amount().currency().getCurrencyCode(), amount(p.amount()), p.date(),
                p.madeAt());
    }
}
