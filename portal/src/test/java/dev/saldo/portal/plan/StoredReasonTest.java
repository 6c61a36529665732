package dev.saldo.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Reason;
import org.junit.jupiter.api.Test;

class StoredReasonTest {

    @Test
    void a_stored_reason_comes_back_with_its_arguments_typed_as_before() {
        var reason = Reason.of("plan.rule.max-term", 180, LocalDate.of(2027, 5, 21), Money.of("12.34", "USD"),
                Money.ofMinor(-5, java.util.Currency.getInstance("CLP")), Frequency.BIWEEKLY, 7L, "Tres: meses");

        assertThat(StoredReason.of(reason).toDomain()).isEqualTo(reason);
    }
}
