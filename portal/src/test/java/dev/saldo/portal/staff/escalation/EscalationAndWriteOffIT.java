package dev.saldo.portal.staff.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.staff.figures.PortfolioDashboard;
import dev.saldo.portal.staff.risk.RiskModels;
import dev.saldo.portal.staff.risk.WorkList;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Against the seeded demo portfolio: the risk model learns, the work list ranks, supervisors escalate and write off. */
@SpringBootTest
class EscalationAndWriteOffIT {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "escalation");
    }

    @Autowired Escalations escalations;
    @Autowired CaseFiles caseFiles;
    @Autowired DebtorDirectory debtors;
    @Autowired InvoiceBook invoices;
    @Autowired PortfolioDashboard dashboard;
    @Autowired AuditLog audit;
    @Autowired RiskModels models;
    @Autowired WorkList workList;

    @Test
    void the_model_trained_on_the_demo_portfolio_ranks_held_out_debtors_better_than_chance() {
        var trained = models.retrain().orElseThrow();

        System.out.printf("risk model on the demo portfolio: %s%n", trained.quality());
        assertThat(trained.quality().auc()).isGreaterThan(0.65);
        assertThat(models.current().orElseThrow().quality()).isEqualTo(trained.quality());
    }

    @Test
    void the_work_list_puts_debtors_who_broke_a_promise_first_and_explains_everyone() {
        var items = workList.today();

        assertThat(items).isNotEmpty();
        var firstWithout = items.stream().filter(i -> !i.brokePromise()).findFirst().map(items::indexOf).orElse(items.size());
        assertThat(items.subList(firstWithout, items.size())).noneMatch(WorkList.Item::brokePromise);
        assertThat(items).allMatch(i -> !i.segmentReasons().isEmpty() && i.risk().isPresent());
    }

    @Test
    void a_write_off_leaves_the_invoice_on_record_takes_it_out_of_receivables_and_is_audited() {
        var bruno = debtors.findByExternalId("DEMO-BRUNO").orElseThrow();
        var open = invoices.unsettled(bruno.debtorId()).getFirst();
        var receivableBefore = usdReceivable();

        assertThatThrownBy(() -> escalations.writeOff(bruno.debtorId(), InvoiceId.of(open.id()), " ", "diego"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(usdReceivable()).as("a refused write-off changes nothing").isEqualTo(receivableBefore);

        var written = escalations.writeOff(bruno.debtorId(), InvoiceId.of(open.id()), "Empresa en quiebra", "diego");

        assertThat(written).isEqualTo(open.openBalance());
        assertThat(usdReceivable()).isEqualTo(receivableBefore.minus(written));
        var kept = invoices.find(bruno.debtorId(), InvoiceId.of(open.id())).orElseThrow();
        assertThat(kept.isPaid()).isTrue();
        assertThat(kept.lines()).anyMatch(l -> l.description().contains("Empresa en quiebra"));
        assertThat(audit.page(new AuditLog.Filter(AuditAction.WRITE_OFF, "diego"), PageRequest.of(0, 10)).getContent())
                .anyMatch(e -> e.subject().contains(open.id()) && e.after().equals("Empresa en quiebra"));
    }

    @Test
    void an_escalation_is_audited_cannot_be_repeated_and_can_be_reversed_once() {
        var ana = debtors.findByExternalId("DEMO-ANA").orElseThrow().debtorId();

        escalations.escalate(ana, Escalations.Channel.LEGAL, "Sin respuesta tras tres cartas", "diego");

        assertThat(escalations.statusOf(ana)).hasValueSatisfying(s -> {
            assertThat(s.active()).isTrue();
            assertThat(s.channel()).isEqualTo(Escalations.Channel.LEGAL);
        });
        assertThat(escalations.activeDebtorIds()).contains(ana.value());
        assertThatThrownBy(() -> escalations.escalate(ana, Escalations.Channel.AGENCY, "otra vez", "diego"))
                .isInstanceOf(IllegalTransitionException.class);

        escalations.reverse(ana, "Pagó", "diego");

        assertThat(escalations.statusOf(ana)).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
        assertThatThrownBy(() -> escalations.reverse(ana, "de nuevo", "diego")).isInstanceOf(IllegalTransitionException.class);
        assertThat(audit.page(new AuditLog.Filter(null, "diego"), PageRequest.of(0, 50)).getContent())
                .extracting(e -> e.action()).contains(AuditAction.ESCALATION, AuditAction.ESCALATION_REVERSAL);
    }

    @Test
    void the_case_file_names_the_debtor_and_their_invoices_in_spanish_and_in_english() throws Exception {
        var ana = debtors.findByExternalId("DEMO-ANA").orElseThrow();
        var number = invoices.allOf(ana.debtorId()).getFirst().number();

        var pdf = caseFiles.render(ana.debtorId(), Locale.forLanguageTag("es"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/case-file-es.pdf"), pdf);
        var spanish = text(pdf);
        var english = text(caseFiles.render(ana.debtorId(), Locale.ENGLISH));

        assertThat(spanish).contains("Expediente de cobranza", "Ana Martínez Rojas", number, "Facturas", "Pagos");
        assertThat(english).contains("Collection case file", "Ana Martínez Rojas", number, "Invoices", "Payments");
    }

    private static String text(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    private dev.saldo.domain.money.Money usdReceivable() {
        return dashboard.figures().stream().filter(f -> f.currency().getCurrencyCode().equals("USD")).findFirst()
                .orElseThrow().receivable();
    }
}
