package dev.saldo.portal.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A measurement, not part of the normal run: imports 100 000 generated rows streamed from memory that
 * never holds the file, and logs rows per second and the peak heap. Run it with a small heap to see
 * that the import streams:
 * {@code ./mvnw -pl portal -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ImportOf100000RowsIT -Dsaldo.benchmark=true -DargLine=-Xmx256m} ({@code -Dsaldo.benchmark.rows=} for
 * another size). Only the counts are asserted.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "saldo.benchmark", matches = "true")
class ImportOf100000RowsIT {

    private static final Logger log = LoggerFactory.getLogger(ImportOf100000RowsIT.class);
    private static final int ROWS = Integer.getInteger("saldo.benchmark.rows", 100_000);
    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "bulk");
        registry.add("saldo.demo.enabled", () -> "false");
    }

    @Autowired
    ErpImporter importer;

    @Test
    void a_hundred_thousand_rows_import_without_holding_the_file() throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var started = System.nanoTime();
        var report = importer.importCsv(new GeneratedCsv(ROWS), "benchmark", "generated.csv", bytes -> { });
        var seconds = (System.nanoTime() - started) / 1e9;
        var peakHeapMb = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        log.info("BENCHMARK import of {} rows: {} s, {} rows/s, peak heap {} MB (max heap {} MB)", ROWS,
                Math.round(seconds), Math.round(ROWS / seconds), peakHeapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(report.rows()).isEqualTo(ROWS);
        assertThat(report.invoicesCreated()).isEqualTo(ROWS);
        assertThat(report.rejected()).isZero();
    }

    /** The ERP file, produced line by line as it is read. */
    static final class GeneratedCsv extends InputStream {

        private final int rows;
        private int row = -1;
        private byte[] line = new byte[0];
        private int position;

        GeneratedCsv(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (position == line.length) {
                if (++row > rows) {
                    return -1;
                }
                line = (row == 0 ? String.join(",", ErpColumns.HEADER) : row(row)).concat("\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return line[position++] & 0xFF;
        }

        private static String row(int n) {
            var debtor = n / 5;
            var due = LocalDate.of(2026, 1, 1).plusDays(n % 330);
            return "BULK-" + debtor + ",Deudor " + debtor + ",PERSON,,,,CL,es,B-" + n + ",Servicio," + due.minusDays(30) + ","
                    + due + ",CLP," + (10_000 + n % 90_000);
        }
    }
}
