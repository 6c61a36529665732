package dev.saldo.domain.plan;

import java.time.LocalDate;
import java.util.Optional;

/** One named condition of the collection policy: empty when the proposal meets it, else the reason. */
@FunctionalInterface
public interface PlanRule {

    Optional<Reason> check(Schedule schedule, DebtorStanding standing, LocalDate today);
}
