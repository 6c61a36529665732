package dev.saldo.portal.plan.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Verdict;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.ui.Formats;

/** The policy's verdict in words, coloured by outcome, with the nearest allowed alternative to take. */
class VerdictPanel extends Div {

    private final ReasonText text;
    private final Consumer<Proposal> useAlternative;
    private final String headlines;

    /** @param headlines message key prefix of the headline per outcome: the debtor's or staff's wording */
    VerdictPanel(String id, String headlines, ReasonText text, Consumer<Proposal> useAlternative) {
        this.headlines = headlines;
        this.text = text;
        this.useAlternative = useAlternative;
        setId(id);
        addClassName("verdict");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Verdict verdict) {
        removeAll();
        getClassNames().removeIf(name -> name.startsWith("verdict-"));
        var locale = getLocale();
        var outcome = verdict.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        addClassName("verdict-" + outcome);
        var headline = new Paragraph(getTranslation(headlines + outcome));
        headline.addClassName("verdict-headline");
        add(headline);
        if (!verdict.reasons().isEmpty()) {
            add(PlanTexts.reasons(verdict.reasons(), text, locale));
        }
        alternative(verdict.alternative(), locale);
    }

    private void alternative(Optional<Proposal> alternative, Locale locale) {
        alternative.ifPresent(p -> {
            add(new Paragraph(getTranslation("plan.alternative", Formats.money(p.downPayment(), locale), p.installments(),
                    getTranslation(p.frequency().messageKey() + ".adjective"), Formats.date(p.firstDate(), locale))));
            var use = new Button(getTranslation("plan.alternative.use"), click -> useAlternative.accept(p));
            use.setId("use-alternative");
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(use);
        });
    }
}
