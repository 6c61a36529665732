package dev.saldo.portal.debtor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Registering debtors in batches: new ones stored once, known ones returned as they are, nothing asked first. */
@SpringBootTest
class DebtorRegistrationIT {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "debtor-registration");
        registry.add("saldo.demo.enabled", () -> "false");
    }

    @Autowired
    DebtorDirectory directory;

    private static Debtor debtor(String externalId, String name) {
        return new Debtor(null, externalId, name, DebtorKind.PERSON, null, null, null, null, "CL", "es", null);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void new_debtors_are_stored_with_an_id_and_a_first_version_so_later_updates_work() {
        var externalId = unique("NEW");

        var registered = directory.registerAll(List.of(debtor(externalId, "Camila Soto")));

        assertThat(registered.created()).isEqualTo(1);
        var stored = directory.findByExternalId(externalId).orElseThrow();
        assertThat(registered.byExternalId().get(externalId)).isEqualTo(stored);
        assertThat(stored.id()).isNotBlank();
        assertThat(stored.version()).isZero();
        assertThat(directory.erase(stored.debtorId())).isTrue();
        assertThat(directory.find(stored.debtorId()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void a_batch_mixing_known_and_new_debtors_creates_only_the_new_and_returns_the_known_unchanged() {
        var known = directory.register(debtor(unique("KNOWN"), "Bruno Keller"));
        var fresh = unique("FRESH");
        var before = directory.count();

        var registered = directory.registerAll(List.of(debtor(known.externalId(), "Someone Else"), debtor(fresh, "Ana Rojas")));

        assertThat(registered.created()).isEqualTo(1);
        assertThat(directory.count()).isEqualTo(before + 1);
        assertThat(registered.byExternalId().get(known.externalId())).isEqualTo(known);
        assertThat(registered.byExternalId().get(fresh).name()).isEqualTo("Ana Rojas");
        assertThat(directory.findByExternalId(known.externalId()).orElseThrow().name()).isEqualTo("Bruno Keller");
    }

    @Test
    void registering_the_same_batch_again_creates_nothing_and_returns_the_same_debtors() {
        var batch = List.of(debtor(unique("A"), "Uno"), debtor(unique("B"), "Dos"), debtor(unique("C"), "Tres"));
        var first = directory.registerAll(batch);
        var before = directory.count();

        var again = directory.registerAll(batch);

        assertThat(first.created()).isEqualTo(3);
        assertThat(again.created()).isZero();
        assertThat(directory.count()).isEqualTo(before);
        assertThat(again.byExternalId()).isEqualTo(first.byExternalId());
    }

    @Test
    void an_external_id_repeated_within_a_batch_is_stored_once() {
        var externalId = unique("TWICE");
        var before = directory.count();

        var registered = directory.registerAll(List.of(debtor(externalId, "Primero"), debtor(externalId, "Segundo")));

        assertThat(registered.created()).isEqualTo(1);
        assertThat(directory.count()).isEqualTo(before + 1);
        assertThat(registered.byExternalId().get(externalId).name()).isEqualTo("Primero");
    }
}
