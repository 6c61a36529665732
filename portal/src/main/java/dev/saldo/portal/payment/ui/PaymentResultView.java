package dev.saldo.portal.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.PaymentReceipts;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where the debtor lands after the checkout: paid (with the split and the receipt), declined (and
 * why, in plain words), or still waiting for the bank. Someone else's payment id is "not found".
 */
@Route("payments/:paymentId")
@RolesAllowed(Role.DEBTOR_NAME)
public class PaymentResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "paymentId";

    private final PaymentService payments;
    private final PaymentReceipts receipts;
    private final CurrentUser currentUser;
    /** Whose payment is shown: read on every navigation, as Vaadin reuses this view between payments. */
    private DebtorId debtor;
    private boolean cancelled;

    public PaymentResultView(PaymentService payments, PaymentReceipts receipts, CurrentUser currentUser) {
        this.payments = payments;
        this.receipts = receipts;
        this.currentUser = currentUser;
        this.debtor = currentUser.requireDebtor();
        addClassNames("page", "payment-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cancelled = event.getLocation().getQueryParameters().getParameters().containsKey("cancelled");
        debtor = currentUser.requireDebtor();
        var id = event.getRouteParameters().get(PARAMETER).orElseThrow(NotFoundException::new);
        show(payments.refresh(debtor, id).orElseThrow(NotFoundException::new));
    }

    private void show(PaymentRecord payment) {
        removeAll();
        var locale = getLocale();
        var amount = Formats.money(payment.amount(), locale);
        var outcome = new Div();
        outcome.setId("payment-outcome");
        outcome.addClassNames("outcome", "outcome-" + payment.status().name().toLowerCase());
        var title = new H1();
        title.setId("payment-title");
        var text = new Paragraph();
        text.setId("payment-text");
        outcome.add(title, text, new PaymentStatusBadge(payment.status()));
        add(outcome);
        switch (payment.status()) {
            case SUCCEEDED -> {
                title.setText(getTranslation("result.succeeded.title"));
                text.setText(getTranslation("result.succeeded.text", amount));
                add(split(payment));
                var owed = payments.owed(debtor, payment.currencyUnit());
                add(note("payment-balance", owed.isZero() ? getTranslation("result.balance.settled")
                        : getTranslation("result.balance", Formats.money(owed, locale))));
                if (payment.creditMinor() > 0) {
                    add(note("payment-credit", getTranslation("result.credit", Formats.money(payment.credit(), locale))));
                }
                if (payment.hasReceipt()) {
                    add(receiptLink(payment));
                }
            }
            case FAILED, EXPIRED -> {
                title.setText(getTranslation("result.failed.title"));
                var reason = payment.failure() == null ? "payment.failure.card-declined" : payment.failure().messageKey();
                text.setText(getTranslation(reason));
                add(note("payment-unchanged", getTranslation("result.failed.unchanged")));
                add(action(getTranslation("result.try-again"), "pay"));
            }
            case PROCESSING -> {
                title.setText(getTranslation("result.processing.title"));
                text.setText(getTranslation("result.processing.text", amount));
                add(refreshButton(payment));
            }
            case CREATED, PENDING -> {
                title.setText(getTranslation(cancelled ? "result.cancelled.title" : "result.pending.title"));
                text.setText(getTranslation(cancelled ? "result.cancelled.text" : "result.pending.text", amount));
                if (payment.checkoutUrl() != null) {
                    var resume = new Anchor(payment.checkoutUrl(), getTranslation("result.resume"));
                    resume.setId("payment-resume");
                    add(new Paragraph(resume));
                }
                add(refreshButton(payment));
            }
            case REFUNDED, REPORTED, REJECTED -> {
                title.setText(getTranslation("result." + payment.status().name().toLowerCase() + ".title"));
                text.setText(getTranslation("result." + payment.status().name().toLowerCase() + ".text", amount));
            }
        }
        var links = new Div(new Anchor("balance", getTranslation("result.to-balance")),
                new RouterLink(getTranslation("result.to-history"), PaymentsView.class));
        links.addClassName("result-links");
        add(links);
    }

    private Component split(PaymentRecord payment) {
        var locale = getLocale();
        var grid = new Grid<PaymentRecord.Share>();
        grid.setId("payment-split");
        grid.setAllRowsVisible(true);
        grid.addColumn(PaymentRecord.Share::invoiceNumber).setHeader(getTranslation("pay.preview.invoice"));
        grid.addColumn(s -> Formats.money(payment.money(s.amountMinor()), locale)).setHeader(getTranslation("pay.preview.pays"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(payment.shares());
        return grid;
    }

    private Component receiptLink(PaymentRecord payment) {
        var locale = getLocale();
        var handler = DownloadHandler.fromInputStream(event -> receipts.pdf(debtor, payment.id(), locale)
                .map(bytes -> new DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                        PaymentReceipts.fileName(payment.id()), "application/pdf", bytes.length))
                .orElseGet(() -> DownloadResponse.error(404)));
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("result.receipt"));
        link.setId("payment-receipt");
        link.addClassName("receipt-link");
        return new Paragraph(VaadinIcon.DOWNLOAD.create(), link);
    }

    private Component refreshButton(PaymentRecord payment) {
        var button = new Button(getTranslation("result.refresh"), VaadinIcon.REFRESH.create(),
                click -> payments.refresh(debtor, payment.id()).ifPresent(this::show));
        button.setId("payment-refresh");
        return button;
    }

    private Component action(String text, String route) {
        var link = new Anchor(route, text);
        link.setId("payment-action");
        link.addClassName("action-link");
        return new Paragraph(link);
    }

    private static Component note(String id, String text) {
        var note = new Paragraph(text);
        note.setId(id);
        note.addClassName("note");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("result.page"));
    }
}
