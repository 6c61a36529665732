package dev.saldo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import org.junit.jupiter.api.Test;

class TypedIdsTest {

    @Test
    void ids_are_trimmed_and_print_as_their_value() {
        assertThat(DebtorId.of("  d-42 ")).isEqualTo(new DebtorId("d-42")).hasToString("d-42");
        assertThat(InvoiceId.of("\tinv-7\n")).isEqualTo(new InvoiceId("inv-7")).hasToString("inv-7");
    }

    @Test
    void blank_ids_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> DebtorId.of("   ")).withMessageContaining("debtor id");
        assertThatIllegalArgumentException().isThrownBy(() -> InvoiceId.of("")).withMessageContaining("invoice id");
    }

    @Test
    void null_ids_are_rejected() {
        assertThatNullPointerException().isThrownBy(() -> DebtorId.of(null)).withMessageContaining("debtor id");
        assertThatNullPointerException().isThrownBy(() -> InvoiceId.of(null)).withMessageContaining("invoice id");
    }
}
