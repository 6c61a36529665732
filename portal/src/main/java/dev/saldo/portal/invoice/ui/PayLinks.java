package dev.saldo.portal.invoice.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;

/**
 * Buttons that open the payment screen for some invoices (none: the whole balance). They name the
 * route as a path, so the invoice screens do not depend on the payment capability behind it.
 */
final class PayLinks {

    static final String PAY_ROUTE = "pay";
    static final String INVOICE_PARAMETER = "invoice";

    private PayLinks() {
    }

    static Button button(String id, String text, List<String> invoiceIds) {
        var button = new Button(text, VaadinIcon.CREDIT_CARD.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retarget(button, invoiceIds);
        button.addClickListener(click -> {
            var ids = targetOf(button);
            var query = ids.isEmpty() ? QueryParameters.empty() : new QueryParameters(Map.of(INVOICE_PARAMETER, ids));
            button.getUI().ifPresent(ui -> ui.navigate(PAY_ROUTE, query));
        });
        return button;
    }

    static void retarget(Button button, List<String> invoiceIds) {
        ComponentUtil.setData(button, PayTarget.class, new PayTarget(List.copyOf(invoiceIds)));
    }

    private static List<String> targetOf(Button button) {
        var target = ComponentUtil.getData(button, PayTarget.class);
        return target == null ? List.of() : target.invoiceIds();
    }

    private record PayTarget(List<String> invoiceIds) {
    }
}
