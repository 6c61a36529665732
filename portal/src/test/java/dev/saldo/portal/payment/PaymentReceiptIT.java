package dev.saldo.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF receipt speaks the debtor's language and writes amounts as their invoices do. */
class PaymentReceiptIT extends PaymentsIntegrationTest {

    @Autowired
    PaymentReceipts receipts;

    @Test
    void the_receipt_lists_the_amount_and_each_invoice_in_spanish_or_english() throws Exception {
        var debtor = debtorOwing("CLP", "27000", "89990");
        var payment = payments.start(debtor.id(), new PaymentOrder(debtor.currency(), List.of(), debtor.money("40000")),
                Locale.ROOT);
        settlement.apply(new GatewayEvent.Succeeded(payment.id(), "pi_receipt"));

        var spanish = text(receipts.pdf(debtor.id(), payment.id(), Locale.forLanguageTag("es")).orElseThrow());
        var english = text(receipts.pdf(debtor.id(), payment.id(), Locale.ENGLISH).orElseThrow());

        assertThat(spanish).contains("Comprobante de pago", payment.id(), "$40.000", "$27.000", "$13.000",
                debtor.invoices().get(0).number(), debtor.invoices().get(1).number(), "Pago en línea");
        assertThat(english).contains("Payment receipt", "Amount paid", "$40.000", "Online payment");
    }

    @Test
    void there_is_no_receipt_before_the_payment_succeeds_or_for_another_debtor() {
        var debtor = debtorOwing("CLP", "27000");
        var other = debtorOwing("CLP", "27000");
        var payment = payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);

        assertThat(receipts.pdf(debtor.id(), payment.id(), Locale.ENGLISH)).isEmpty();
        settlement.apply(new GatewayEvent.Succeeded(payment.id(), "pi_mine"));
        assertThat(receipts.pdf(other.id(), payment.id(), Locale.ENGLISH)).isEmpty();
    }

    private static String text(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
