package dev.saldo.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled seed the demo portfolio into an empty database; unset means "when the database is embedded",
 *                so a local run has data and a production one never does
 * @param debtors how many debtors the generated portfolio has, besides the named demo accounts
 * @param seed    random seed, so every demo database looks the same
 */
@ConfigurationProperties("saldo.demo")
record DemoSettings(Boolean enabled, @DefaultValue("48") int debtors,
        @DefaultValue("20261123") long seed) {

    boolean enabledFor(boolean embeddedDatabase) {
        return enabled == null ? embeddedDatabase : enabled;
    }
}
