package dev.saldo.portal.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import dev.saldo.domain.fee.EarlyPayment;
import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import org.springframework.stereotype.Service;

/** The fee and discount rules per currency: the supervisor's if saved, else the configured default. */
@Service
public class FeeRuleBook {

    /** The currencies Saldo's portfolios use; the rules form offers these. */
    public static final List<Currency> CURRENCIES = Stream.of("CLP", "MXN", "COP", "EUR", "USD")
            .map(Currency::getInstance).toList();

    private final FeeRuleRecords rules;
    private final FeeSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    FeeRuleBook(FeeRuleRecords rules, FeeSettings settings, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public FeeRules rulesFor(Currency currency) {
        return rules.findById(currency.getCurrencyCode()).map(FeeRuleRecord::toDomain)
                .orElseGet(() -> settings.defaultRules(currency));
    }

    /** Saves a supervisor's rules and records the change in the audit log; the newest save wins. */
    public FeeRules save(FeeRules changed, String supervisor) {
        var code = changed.currency().getCurrencyCode();
        var before = rulesFor(changed.currency());
        var version = rules.findById(code).map(FeeRuleRecord::version).orElse(null);
        var saved = rules.save(FeeRuleRecord.from(changed, supervisor, clock.instant(), version)).toDomain();
        audit.record(supervisor, AuditAction.FEE_RULES_CHANGE, code, before.toString(), saved.toString());
        return saved;
    }

    /** What paying this invoice in full today would take off it; zero when no discount applies. */
    public Money earlyDiscount(Invoice invoice, LocalDate today) {
        return EarlyPayment.discount(invoice, rulesFor(invoice.currency()).earlyDiscount(), today);
    }

    /** The last day the early-payment discount can be earned on this invoice. */
    public LocalDate discountLastDay(Invoice invoice) {
        return EarlyPayment.lastDay(invoice, rulesFor(invoice.currency()).earlyDiscount());
    }
}
