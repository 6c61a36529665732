package dev.saldo.portal.invoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import dev.saldo.portal.staff.escalation.Escalations;
import dev.saldo.portal.ui.NotFoundView;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The debtor screens' logic, driven without a browser over the demo portfolio. */
@SpringBootTest
class InvoiceViewsIT extends SpringBrowserlessTest {


    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "views");
    }

    @Autowired
    InvoiceBook book;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Escalations escalations;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("ana")
    void each_filter_lists_exactly_the_invoices_the_invoice_book_has_for_it() {
        var ana = ((SaldoUser) accounts.loadUserByUsername("ana")).debtorId().orElseThrow();
        navigate(InvoicesView.class);
        @SuppressWarnings("unchecked")
        Select<InvoiceFilter> filter = $(Select.class).id("invoice-filter");
        @SuppressWarnings("unchecked")
        Grid<?> grid = $(Grid.class).id("invoice-grid");
        for (var choice : InvoiceFilter.values()) {
            test(filter).selectItem(getTranslation(choice));
            var expected = book.page(ana, choice, PageRequest.of(0, 100)).getContent();
            assertThat(test(grid).size()).as(choice.name()).isEqualTo(expected.size());
            for (int row = 0; row < expected.size(); row++) {
                assertThat(test(grid).getCellText(row, 1)).as("due dates in order")
                        .isEqualTo(dev.saldo.portal.ui.Formats.date(expected.get(row).dueDate(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
            }
        }
    }

    @Test
    @WithUserDetails("bruno")
    void another_debtors_invoice_is_not_found() {
        var ana = ((SaldoUser) accounts.loadUserByUsername("ana")).debtorId().orElseThrow();
        var anasInvoice = book.page(ana, InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst();
        navigate("invoices/" + anasInvoice.id(), NotFoundView.class);
        assertThat($(H1.class).first().getText()).doesNotContain(anasInvoice.number());
    }

    @Test
    @WithUserDetails("carla")
    void staff_are_not_given_a_debtors_balance() {
        navigate("balance", NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo(getTranslation("notfound.title"));
    }

    @Test
    @WithUserDetails("bruno")
    void an_escalated_debtor_reads_on_the_balance_screen_who_now_handles_the_case_and_since_when() {
        var bruno = ((SaldoUser) accounts.loadUserByUsername("bruno")).debtorId().orElseThrow();
        navigate(BalanceView.class);
        assertThat($(Paragraph.class).withId("escalation-notice").exists()).as("before any escalation").isFalse();

        escalations.escalate(bruno, Escalations.Channel.AGENCY, "Sin respuesta", "diego");
        try {
            navigate(InvoicesView.class);
            navigate(BalanceView.class);
            var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
            var today = dev.saldo.portal.ui.Formats.date(LocalDate.now(clock), locale);
            assertThat($(Paragraph.class).id("escalation-notice").getText())
                    .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("escalation.notice.agency", today));
        } finally {
            escalations.reverse(bruno, "Fin de la prueba", "diego");
        }
        navigate(InvoicesView.class);
        navigate(BalanceView.class);
        assertThat($(Paragraph.class).withId("escalation-notice").exists()).as("after the reversal").isFalse();
    }

    private static String getTranslation(InvoiceFilter filter) {
        return getTranslation(filter.messageKey());
    }

    private static String getTranslation(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
