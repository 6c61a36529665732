package dev.saldo.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.saldo.domain.debtor.DebtorId;
import org.junit.jupiter.api.Test;

class PaymentLinksTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    private final PaymentLinks links = links(SECRET, NOW);

    @Test
    void a_link_names_its_debtor_and_reference_until_it_expires() {
        var url = links.issue(DebtorId.of("D-17"), "reminder-42");
        assertThat(url).startsWith("https://portal.example/pay/link/");

        var token = url.substring(url.lastIndexOf('/') + 1);
        var link = links.verify(token).orElseThrow();
        assertThat(link.debtor()).isEqualTo(DebtorId.of("D-17"));
        assertThat(link.reference()).isEqualTo("reminder-42");
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));

        assertThat(links(SECRET, NOW.plus(Duration.ofDays(14)).minusSeconds(1)).verify(token)).isPresent();
        assertThat(links(SECRET, NOW.plus(Duration.ofDays(14))).verify(token)).isEmpty();
    }

    @Test
    void a_link_signed_with_another_key_or_altered_is_refused() {
        var token = links.token(DebtorId.of("D-17"), "r", NOW.plusSeconds(60));
        assertThat(links("another-secret-of-at-least-thirty-two-chars", NOW).verify(token)).isEmpty();

        var forged = links.token(DebtorId.of("D-18"), "r", NOW.plusSeconds(60));
        var spliced = forged.substring(0, forged.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(links.verify(spliced)).isEmpty();

        var flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(links.verify(flipped)).isEmpty();
    }

    @Test
    void junk_tokens_are_refused_without_an_error() {
        for (var junk : new String[] {null, "", ".", "abc", "abc.def", "%%%.%%%", "a".repeat(5000) + ".x",
                "YQ." + "A".repeat(43)}) {
            assertThat(links.verify(junk)).as(String.valueOf(junk)).isEmpty();
        }
    }

    @Test
    void a_short_configured_secret_is_refused_at_first_use() {
        var weak = links("short", NOW);
        assertThatThrownBy(() -> weak.issue(DebtorId.of("D-1"), "r"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    private static PaymentLinks links(String secret, Instant now) {
        var payments = new PaymentSettings(Map.of(), "https://portal.example", Duration.ofMinutes(15),
                Duration.ofMinutes(5), Duration.ofSeconds(20), null);
        return new PaymentLinks(new PaymentLinkSettings(secret, Duration.ofDays(14)), new ReturnLinks(payments), null,
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
