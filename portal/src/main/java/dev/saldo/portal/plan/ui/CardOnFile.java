package dev.saldo.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.payment.PaymentUnavailableException;
import dev.saldo.portal.payment.SavedCards;
import dev.saldo.portal.plan.AutomaticInstallmentCharges;
import dev.saldo.portal.plan.PlanSummary;

/**
 * On an active plan: save a card so installments are charged on their due date, or remove it; and,
 * when the last automatic charge did not go through, why, with the way to pay it now.
 */
class CardOnFile extends Div {

    private final SavedCards cards;
    private final DebtorId debtor;
    private final Money next;

    CardOnFile(SavedCards cards, AutomaticInstallmentCharges charges, DebtorId debtor, PlanSummary plan, Money next) {
        this.cards = cards;
        this.debtor = debtor;
        this.next = next;
        setId("card-on-file");
        addClassName("card-on-file");
        charges.lastCharge(debtor, plan.id()).filter(last -> last.failure() != null).ifPresent(last -> {
            var notice = new Paragraph(getTranslation("plan.card.failed", getTranslation(last.failure())));
            notice.setId("card-failed");
            notice.addClassName("notice");
            add(notice);
        });
        add(new H2(getTranslation("plan.card.title")));
        show();
    }

    private void show() {
        getChildren().filter(c -> c.getId().filter(id -> id.startsWith("card-state")).isPresent()).toList()
                .forEach(this::remove);
        var state = new Div();
        state.setId("card-state");
        if (cards.find(debtor).isPresent()) {
            var saved = new Paragraph(getTranslation("plan.card.saved"));
            saved.setId("card-saved");
            var removeCard = new Button(getTranslation("plan.card.remove"), click -> {
                cards.remove(debtor);
                show();
            });
            removeCard.setId("card-remove");
            removeCard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            state.add(saved, removeCard);
        } else {
            var save = new Button(getTranslation("plan.card.save"), click -> startSaving());
            save.setId("card-save");
            state.add(new Paragraph(getTranslation("plan.card.offer")), save);
        }
        add(state);
    }

    private void startSaving() {
        try {
            var url = cards.startSaving(debtor, next.currency(), getLocale());
            getUI().ifPresent(ui -> ui.getPage().setLocation(url));
        } catch (PaymentUnavailableException | IllegalStateException unavailable) {
            var problem = new Paragraph(getTranslation("plan.card.unavailable"));
            problem.addClassName("form-problem");
            add(problem);
        }
    }
}
