package dev.saldo.portal.invoice.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.balance.CurrencyBalance;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.ui.DebtorNotice;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** "My balance": what the debtor owes, how much of it is late, and what falls due next, per currency. */
@Route("balance")
@RolesAllowed(Role.DEBTOR_NAME)
public class BalanceView extends Main implements HasDynamicTitle {

    public BalanceView(InvoiceBook book, CurrentUser currentUser, List<DebtorNotice> notices) {
        addClassName("page");
        var debtor = currentUser.requireDebtor();
        var summary = book.balanceOf(debtor);
        add(new H1(getTranslation("balance.title")));
        notices.forEach(source -> source.noticeFor(debtor, getLocale()).ifPresent(notice -> {
            var text = new Paragraph(notice.text());
            text.setId(notice.id());
            text.addClassName("notice");
            add(text);
        }));
        if (summary.isSettled()) {
            var settled = new Paragraph(getTranslation("balance.settled"));
            settled.setId("balance-settled");
            settled.addClassName("lead");
            add(settled);
        } else {
            var cards = new Div();
            cards.addClassName("cards");
            summary.balances().forEach(balance -> cards.add(card(balance)));
            add(cards);
        }
        if (!summary.isSettled()) {
            add(PayLinks.button("balance-pay", getTranslation("balance.pay"), List.of()));
        }
        var link = new RouterLink(getTranslation("balance.see-invoices"), InvoicesView.class);
        link.setId("see-invoices");
        add(new Paragraph(link));
    }

    private Component card(CurrencyBalance balance) {
        var locale = getLocale();
        var code = balance.currency().getCurrencyCode();
        var card = new Div();
        card.addClassName("card");
        card.setId("balance-" + code);
        card.add(new H2(getTranslation("balance.currency", code)));
        card.add(figure("total-" + code, getTranslation("balance.total"), Formats.money(balance.totalOwed(), locale), "figure-main"));
        if (balance.overdueCount() > 0) {
            card.add(figure("overdue-" + code, getTranslation("balance.overdue"), Formats.money(balance.overdue(), locale),
                    "figure-overdue"));
            card.add(new Paragraph(getTranslation(
                    balance.overdueCount() == 1 ? "balance.overdue.count.one" : "balance.overdue.count",
                    balance.overdueCount())));
        } else {
            card.add(new Paragraph(getTranslation("balance.nothing-overdue")));
        }
        if (balance.nextDueDate() != null) {
            card.add(figure("next-due-" + code, getTranslation("balance.next-due"), Formats.date(balance.nextDueDate(), locale),
                    "figure-date"));
        }
        return card;
    }

    private Component figure(String id, String label, String value, String style) {
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var amount = new Span(value);
        amount.addClassNames("figure-value", style);
        amount.setId(id + "-value");
        var figure = new Div(caption, amount);
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("balance.title"));
    }
}
