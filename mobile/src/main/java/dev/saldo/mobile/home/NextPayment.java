package dev.saldo.mobile.home;

import dev.saldo.domain.api.Summary;
import dev.saldo.domain.plan.api.InstallmentView;
import dev.saldo.domain.plan.api.PlanView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * What falls due next: the first unsettled installment of an active plan, otherwise the earliest
 * due date of an open invoice. {@code amount} is known only for installments.
 */
public record NextPayment(LocalDate dueDate, String amount, String currency) {

    public static Optional<NextPayment> of(Summary summary, Optional<PlanView> plan) {
        var installment = plan.filter(p -> p.status() == dev.saldo.domain.plan.PlanStatus.ACTIVE)
                .flatMap(p -> p.installments().stream().filter(i -> !i.settled())
                        .min(Comparator.comparing(InstallmentView::dueDate))
                        .map(i -> new NextPayment(i.dueDate(), open(i), p.terms().currency())));
        if (installment.isPresent()) {
            return installment;
        }
        return summary.balances().stream().filter(b -> b.nextDueDate() != null)
                .min(Comparator.comparing(b -> b.nextDueDate()))
                .map(b -> new NextPayment(b.nextDueDate(), null, b.currency()));
    }

    /** Days from today to the due date: negative when late. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    private static String open(InstallmentView installment) {
        return new java.math.BigDecimal(installment.amount()).subtract(new java.math.BigDecimal(installment.paid()))
                .toPlainString();
    }
}
