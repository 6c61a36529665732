package dev.saldo.portal.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Automatic charging of installments to a saved card.
 *
 * @param cron     when the daily job charges installments that are due (portfolio time zone)
 * @param mailFrom sender of the "please pay on-line" e-mail when a charge needs the debtor
 */
@ConfigurationProperties("saldo.plan.auto-charge")
public record AutoChargeSettings(@DefaultValue("0 0 9 * * *") String cron,
        @DefaultValue("cobranza@saldo.local") String mailFrom) {
}
