package dev.saldo.portal.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff workspace's settings.
 *
 * @param historyDays how many days of daily snapshots the overdue chart shows (and a rebuild reconstructs)
 * @param rebuildFiguresOnStart recompute the running portfolio figures from every invoice at start-up
 */
@ConfigurationProperties("saldo.staff")
public record StaffSettings(@DefaultValue("90") int historyDays, @DefaultValue("false") boolean rebuildFiguresOnStart) {

    public StaffSettings {
        if (historyDays < 1 || historyDays > 730) {
            throw new IllegalArgumentException("saldo.staff.history-days must be between 1 and 730, was " + historyDays);
        }
    }
}
