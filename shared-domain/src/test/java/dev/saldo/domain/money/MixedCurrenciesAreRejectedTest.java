package dev.saldo.domain.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MixedCurrenciesAreRejectedTest {

    private final Money pesos = Money.of("1000", "CLP");
    private final Money euros = Money.of("10", "EUR");

    @Test
    void adding_euros_to_pesos_is_rejected() {
        assertMismatch(() -> pesos.plus(euros));
    }

    @Test
    void subtracting_euros_from_pesos_is_rejected() {
        assertMismatch(() -> pesos.minus(euros));
    }

    @Test
    void comparing_euros_with_pesos_is_rejected() {
        assertMismatch(() -> pesos.compareTo(euros));
        assertMismatch(() -> pesos.min(euros));
        assertMismatch(() -> pesos.max(euros));
    }

    @Test
    void summing_euros_into_a_peso_total_is_rejected() {
        assertMismatch(() -> Money.sum(Currency.getInstance("CLP"), List.of(pesos, euros)));
    }

    @Test
    void the_mismatch_is_an_illegal_argument() {
        assertThatThrownBy(() -> pesos.plus(euros)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertMismatch(ThrowingCallable operation) {
        assertThatThrownBy(operation)
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("CLP")
                .hasMessageContaining("EUR");
    }
}
