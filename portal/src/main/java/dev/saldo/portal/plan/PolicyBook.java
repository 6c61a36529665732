package dev.saldo.portal.plan;

import java.time.Clock;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.plan.CollectionPolicy;
import org.springframework.stereotype.Service;

/** The collection policy per currency: the supervisor's if saved, else the configured default. */
@Service
public class PolicyBook {

    /** The currencies Saldo's portfolios use; the policy form offers these. */
    public static final List<Currency> CURRENCIES = java.util.stream.Stream.of("CLP", "MXN", "COP", "EUR", "USD")
            .map(Currency::getInstance).toList();

    private final CollectionPolicies policies;
    private final PlanSettings settings;
    private final Clock clock;

    PolicyBook(CollectionPolicies policies, PlanSettings settings, Clock clock) {
        this.policies = policies;
        this.settings = settings;
        this.clock = clock;
    }

    public CollectionPolicy policyFor(Currency currency) {
        return policies.findById(currency.getCurrencyCode()).map(PolicyRecord::toDomain)
                .orElseGet(() -> settings.defaultPolicy(currency));
    }

    /** Saves a supervisor's policy, recording who and when; the newest save wins. */
    public CollectionPolicy save(CollectionPolicy policy, String supervisor) {
        var existing = policies.findById(policy.currency().getCurrencyCode());
        var version = existing.map(PolicyRecord::version).orElse(null);
        return policies.save(PolicyRecord.from(policy, supervisor, clock.instant(), version)).toDomain();
    }
}
