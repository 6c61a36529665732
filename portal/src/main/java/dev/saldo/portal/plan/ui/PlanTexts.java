package dev.saldo.portal.plan.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Reason;
import dev.saldo.domain.plan.Schedule;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.ui.Formats;

/** How plan terms and policy reasons read on every plan screen, so they read alike everywhere. */
final class PlanTexts {

    private PlanTexts() {
    }

    static String terms(Component on, Proposal p, Locale locale) {
        return on.getTranslation("plan.counter.terms", Formats.money(p.downPayment(), locale), p.installments(),
                on.getTranslation(p.frequency().messageKey() + ".adjective"), Formats.date(p.firstDate(), locale));
    }

    static String lastDate(Component on, Proposal p, Locale locale) {
        return on.getTranslation("plan.counter.last",
                Formats.date(p.frequency().dueDate(p.firstDate(), p.installments() - 1), locale));
    }

    static String summary(Component on, Schedule schedule, Locale locale) {
        return on.getTranslation("plan.schedule.total", Formats.money(schedule.total(), locale),
                schedule.installments().size(), Formats.date(schedule.lastDate(), locale));
    }

    static UnorderedList reasons(List<Reason> reasons, ReasonText text, Locale locale) {
        var list = new UnorderedList();
        list.addClassName("reasons");
        reasons.forEach(reason -> list.add(new ListItem(text.format(reason, locale))));
        return list;
    }
}
