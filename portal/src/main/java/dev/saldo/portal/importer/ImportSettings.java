package dev.saldo.portal.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imports run.
 *
 * @param batchSize valid rows written per round trip
 * @param maxReportedRejections rejected rows listed one by one in a report (all are counted)
 */
@ConfigurationProperties("saldo.importer")
public record ImportSettings(@DefaultValue("500") int batchSize, @DefaultValue("1000") int maxReportedRejections) {

    public ImportSettings {
        if (batchSize < 1 || maxReportedRejections < 0) {
            throw new IllegalArgumentException("saldo.importer.batch-size must be positive and max-reported-rejections not negative");
        }
    }
}
