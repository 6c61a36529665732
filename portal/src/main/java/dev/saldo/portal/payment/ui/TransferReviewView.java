package dev.saldo.portal.payment.ui;

import java.io.ByteArrayInputStream;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.TransferReview;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** Staff check transfers debtors reported: see the reference and the proof, then confirm or reject. */
@Route("staff/transfers")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class TransferReviewView extends Main implements HasDynamicTitle {

    private final TransferReview transfers;
    private final String staff;
    private final Grid<PaymentRecord> grid = new Grid<>();

    public TransferReviewView(TransferReview transfers, PaymentService payments, CurrentUser currentUser) {
        this.transfers = transfers;
        this.staff = currentUser.get().map(SaldoUser::getUsername).orElse("");
        var locale = getLocale();
        addClassName("page");
        add(new H1(getTranslation("transfer-review.title")), new Paragraph(getTranslation("transfer-review.intro")));
        grid.setId("transfer-grid");
        grid.addColumn(p -> Formats.date(payments.dayOf(p.createdAt()), locale)).setHeader(getTranslation("transfer-review.reported"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PaymentRecord::id).setHeader(getTranslation("payments.reference")).setAutoWidth(true);
        grid.addColumn(p -> transfers.debtorName(p)).setHeader(getTranslation("transfer-review.debtor")).setAutoWidth(true);
        grid.addColumn(PaymentRecord::transferReference).setHeader(getTranslation("transfer-review.bank-reference"))
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.amount(), locale)).setHeader(getTranslation("payments.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::proof).setHeader(getTranslation("transfer-review.proof")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("transfer-review.decide")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("transfer-review.empty"));
        add(new Div(grid));
        refresh();
    }

    private Component proof(PaymentRecord payment) {
        return transfers.proof(payment.id()).<Component>map(file -> {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length)),
                    AttachmentType.DOWNLOAD, getTranslation("transfer-review.proof.open"));
            return link;
        }).orElseGet(() -> new Paragraph(getTranslation("transfer-review.proof.none")));
    }

    private Component actions(PaymentRecord payment) {
        var confirm = new Button(getTranslation("transfer-review.confirm"), click -> {
            transfers.confirm(payment.id(), staff);
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        var reject = new Button(getTranslation("transfer-review.reject"), click -> {
            transfers.reject(payment.id(), staff);
            refresh();
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        var buttons = new Div(confirm, reject);
        buttons.addClassName("review-actions");
        return buttons;
    }

    private void refresh() {
        grid.setItemsPageable(pageable -> transfers.waiting(pageable).getContent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("transfer-review.title"));
    }
}
