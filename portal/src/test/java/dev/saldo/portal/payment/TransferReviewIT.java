package dev.saldo.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A transfer the debtor reports counts only once staff confirm it; a bad report is refused and not stored. */
class TransferReviewIT extends PaymentsIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    TransferReview transfers;

    @Test
    void a_reported_transfer_changes_nothing_until_staff_confirm_it_then_it_pays_like_any_payment() {
        var debtor = debtorOwing("CLP", "30000", "45000");
        var reported = transfers.report(debtor.id(), report(debtor, "50000", "OP-778812",
                new TransferReport.Proof("comprobante.pdf", PDF)));

        assertThat(reported.status()).isEqualTo(PaymentStatus.REPORTED);
        assertThat(reload(debtor, debtor.invoices().get(0)).allocations()).isEmpty();
        assertThat(transfers.proof(reported.id())).hasValueSatisfying(p -> assertThat(p.contentType()).isEqualTo("application/pdf"));
        assertThat(transfers.waiting(org.springframework.data.domain.PageRequest.of(0, 100)))
                .extracting(PaymentRecord::id).contains(reported.id());

        transfers.confirm(reported.id(), "carla");
        transfers.confirm(reported.id(), "carla");

        var confirmed = reload(reported);
        assertThat(confirmed.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(confirmed.hasReceipt()).isTrue();
        assertThat(reload(debtor, debtor.invoices().get(0)).isPaid()).isTrue();
        assertThat(reload(debtor, debtor.invoices().get(1)).openBalance()).isEqualTo(debtor.money("25000"));
    }

    @Test
    void a_rejected_transfer_never_reaches_the_invoices() {
        var debtor = debtorOwing("CLP", "30000");
        var reported = transfers.report(debtor.id(), report(debtor, "30000", "OP-1", null));

        assertThat(transfers.reject(reported.id(), "carla")).isTrue();
        transfers.confirm(reported.id(), "carla");

        assertThat(reload(reported).status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(reload(debtor, debtor.invoices().getFirst()).allocations()).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_pdf_or_image_whatever_its_name_is_refused_and_nothing_is_stored() {
        var debtor = debtorOwing("CLP", "30000");
        var before = count(PaymentRecord.class);
        var program = new TransferReport.Proof("comprobante.pdf", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> transfers.report(debtor.id(), report(debtor, "30000", "OP-2", program)))
                .isInstanceOfSatisfying(TransferReport.InvalidTransferException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.error.type"));
        assertThat(count(PaymentRecord.class)).isEqualTo(before);
    }

    @Test
    void a_file_over_five_megabytes_a_missing_reference_and_an_amount_above_the_debt_are_refused() {
        var debtor = debtorOwing("CLP", "30000");
        var before = count(PaymentRecord.class);
        var huge = new byte[(int) TransferReport.MAX_PROOF_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);

        assertThatThrownBy(() -> transfers.report(debtor.id(), report(debtor, "30000", "OP-3",
                new TransferReport.Proof("big.pdf", huge))))
                .isInstanceOfSatisfying(TransferReport.InvalidTransferException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.error.size"));
        assertThatThrownBy(() -> transfers.report(debtor.id(), report(debtor, "30000", " ", null)))
                .isInstanceOfSatisfying(TransferReport.InvalidTransferException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.error.reference"));
        assertThatThrownBy(() -> transfers.report(debtor.id(), report(debtor, "30001", "OP-4", null)))
                .isInstanceOf(PaymentRejectedException.class);
        assertThat(count(PaymentRecord.class)).isEqualTo(before);
    }

    private TransferReport report(TestDebtor debtor, String amount, String reference, TransferReport.Proof proof) {
        return new TransferReport(new PaymentOrder(debtor.currency(), List.of(), debtor.money(amount)), reference,
                debtor.firstDue(), proof);
    }
}
