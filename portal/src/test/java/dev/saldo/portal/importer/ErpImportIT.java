package dev.saldo.portal.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditEntry;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.staff.figures.FigureRebuild;
import dev.saldo.portal.staff.figures.RunningFigures;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ERP file goes in row by row: bad rows are reported exactly, good rows imported once, exports re-import as no-ops. */
@SpringBootTest
class ErpImportIT {

    private static final String HEADER = String.join(",", ErpColumns.HEADER);

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "import");
        registry.add("saldo.importer.batch-size", () -> "2");
    }

    @Autowired
    ErpImporter importer;

    @Autowired
    ErpExporter exporter;

    @Autowired
    MessageSource messages;

    @Autowired
    FigureRebuild figures;

    @Autowired
    RunningFigures running;

    @Autowired
    AuditLog audit;

    @Autowired
    MongoTemplate mongo;

    @Test
    void a_file_with_malformed_rows_yields_the_exact_rejection_report_and_imports_the_rest_once() throws IOException {
        var file = malformedFile();
        var first = importer.importCsv(new ByteArrayInputStream(file), "diego", "malformed.csv", bytes -> { });

        assertThat(english(first)).containsExactly(
                "Line 3: issue_date '2026-02-30' is not a date (yyyy-mm-dd).",
                "Line 4: amount -500 must be greater than zero.",
                "Line 5: currency 'XYZ' is not an ISO 4217 code.",
                "Line 6: invoice T-1 of debtor TEST-1 already appears on line 2.",
                "Line 7: expected 14 columns, found 13.",
                "Line 8: the text is not UTF-8.",
                "Line 10: amount 100.5 has more decimals than CLP allows.",
                "Line 11: due_date 2026-09-01 is before issue_date 2026-10-01.",
                "Line 12: debtor_kind 'ROBOT' must be PERSON or BUSINESS.",
                "Line 13: amount '12,50' is not a number.",
                "Line 14: invoice_number is missing.",
                "Line 15: a quoted field is not closed.");
        assertThat(first.rows()).isEqualTo(15);
        assertThat(first.rejected()).isEqualTo(12);
        assertThat(first.debtorsCreated()).isEqualTo(2);
        assertThat(first.invoicesCreated()).isEqualTo(3);
        assertThat(first.alreadyKnown()).isZero();
        assertThat(running.asOf()).isPresent();
        assertThat(figures.running()).as("running figures took the import in").isEqualTo(figures.recompute(running.asOf().orElseThrow()));

        var entry = audit.page(new AuditLog.Filter(AuditAction.IMPORT, "diego"), PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(entry.subject()).isEqualTo("malformed.csv");
        assertThat(entry.after()).isEqualTo("rows 15, new debtors 2, new invoices 3, already known 0, rejected 12");
        assertThatThrownBy(() -> mongo.insert(new AuditEntry(entry.id(), entry.at(), "mallory", entry.action(),
                entry.subject(), null, "nothing happened"))).as("an entry cannot be overwritten").isInstanceOf(DuplicateKeyException.class);

        var again = importer.importCsv(new ByteArrayInputStream(file), "diego", "malformed.csv", bytes -> { });
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.alreadyKnown()).isEqualTo(3);
        assertThat(english(again)).isEqualTo(english(first));
    }

    @Test
    void a_file_without_the_header_is_rejected_as_a_whole() throws IOException {
        var report = importer.importCsv(new ByteArrayInputStream("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)), "diego", "no-header.csv", b -> { });
        assertThat(english(report)).containsExactly("Line 1: the first line must be exactly: " + HEADER);
        assertThat(report.changedNothing()).isTrue();
    }

    @Test
    void the_example_file_imports_cleanly_and_an_export_of_everything_imports_back_as_a_no_op() throws IOException {
        var example = importer.importCsv(Files.newInputStream(Path.of("..", "docs", "import", "example-invoices.csv")), "diego", "example-invoices.csv", b -> { });
        assertThat(english(example)).isEmpty();
        assertThat(example.rows()).isEqualTo(6);
        assertThat(example.invoicesCreated() + example.alreadyKnown()).isEqualTo(6);

        var out = new ByteArrayOutputStream();
        exporter.exportAll(out, "diego");
        var progress = new ArrayList<Long>();
        var back = importer.importCsv(new ByteArrayInputStream(out.toByteArray()), "diego", "export.csv", progress::add);
        assertThat(english(back)).isEmpty();
        assertThat(back.changedNothing()).isTrue();
        assertThat(back.alreadyKnown()).isEqualTo(back.rows()).isGreaterThan(100);
        assertThat(progress).isSorted().last().isEqualTo((long) out.size());
    }

    private java.util.List<String> english(ImportReport report) {
        return report.rejections().stream()
                .map(r -> messages.getMessage(r.messageKey(), r.messageArguments(), Locale.ENGLISH)).toList();
    }

    private static byte[] malformedFile() throws IOException {
        var out = new ByteArrayOutputStream();
        var utf8 = new String[] {
                HEADER,
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-1,Internet,2026-08-01,2026-08-31,CLP,150000",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-2,Internet,2026-02-30,2026-03-31,CLP,150000",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-3,Internet,2026-08-01,2026-08-31,CLP,-500",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-4,Internet,2026-08-01,2026-08-31,XYZ,100",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-1,Internet again,2026-08-01,2026-08-31,CLP,150000",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-5,2026-08-01,2026-08-31,CLP,100"};
        for (var line : utf8) {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write("TEST-3,José Muñoz,PERSON,,,,CL,es,T-6,Internet,2026-08-01,2026-08-31,CLP,100\n".getBytes(StandardCharsets.ISO_8859_1));
        var rest = new String[] {
                "TEST-2,\"Ferretería Los Andes, Ltda.\",BUSINESS,,,,ES,es,T-7,\"Arriendo \"\"bodega\"\"\",2026-09-01,2026-10-01,EUR,1250.50",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-8,Internet,2026-08-01,2026-08-31,CLP,100.5",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-9,Internet,2026-10-01,2026-09-01,CLP,100",
                "TEST-4,Robot,ROBOT,,,,CL,es,T-10,Internet,2026-08-01,2026-08-31,CLP,100",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-11,Internet,2026-08-01,2026-08-31,EUR,\"12,50\"",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,,Internet,2026-08-01,2026-08-31,CLP,100",
                "TEST-1,\"Camila Soto,PERSON,,,,CL,es,T-12,Internet,2026-08-01,2026-08-31,CLP,100",
                "",
                "TEST-1,Camila Soto,PERSON,,,,CL,es,T-13,Internet,2026-08-01,2026-09-30,CLP,99990"};
        for (var line : rest) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
