package dev.saldo.mobile.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.api.ApiException;
import dev.saldo.mobile.api.BasicCredentials;
import dev.saldo.mobile.api.ProblemText;
import dev.saldo.mobile.api.StubPortal;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.storage.OfflineCache;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountTest {

    private static final Instant FETCHED = Instant.parse("2026-11-23T10:15:00Z");
    private static final String SUMMARY = """
            {"asOf":"2026-11-23","balances":[{"currency":"CLP","totalOwed":{"amount":"45000","currency":"CLP"},
             "overdue":{"amount":"12000","currency":"CLP"},"openInvoices":2,"overdueInvoices":1,"nextDueDate":"2026-12-01"}]}
            """;

    @TempDir
    Path storage;

    private final AtomicReference<URI> base = new AtomicReference<>();

    private Account account(String user) {
        var api = new ApiClient(base::get, () -> new BasicCredentials(user, "x"), () -> Messages.SPANISH,
                new ProblemText(Messages.load("dev.saldo.mobile.api.errors", Messages.SPANISH)),
                new ApiClient.Limits(Duration.ofSeconds(1), Duration.ofSeconds(2), 1, Duration.ZERO));
        return new Account(api, new OfflineCache(storage), () -> user, Clock.fixed(FETCHED, ZoneOffset.UTC));
    }

    @Test
    void offline_the_last_summary_comes_back_from_the_cache_with_the_time_it_was_fetched() throws Exception {
        try (var stub = new StubPortal().then(200, "application/json", SUMMARY)) {
            base.set(stub.baseUrl());
            assertThat(account("ana").summary().isFresh()).isTrue();
        }

        Loaded<dev.saldo.domain.api.Summary> offline = account("ana").summary();

        assertThat(offline.isFresh()).isFalse();
        assertThat(offline.asOf()).isEqualTo(FETCHED);
        assertThat(offline.value().balances().getFirst().totalOwed().amount()).isEqualTo("45000");
        assertThat(offline.offline()).hasValueSatisfying(reason -> assertThat(reason).startsWith("Sin conexión"));
    }

    @Test
    void another_account_on_the_same_phone_never_sees_the_cached_data() throws Exception {
        try (var stub = new StubPortal().then(200, "application/json", SUMMARY)) {
            base.set(stub.baseUrl());
            account("ana").summary();
        }

        assertThatThrownBy(() -> account("bruno").summary()).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.isOffline()).isTrue());
    }

    @Test
    void signing_out_forgets_the_cached_data() throws Exception {
        try (var stub = new StubPortal().then(200, "application/json", SUMMARY)) {
            base.set(stub.baseUrl());
            account("ana").summary();
        }

        account("ana").forgetCache();

        assertThatThrownBy(() -> account("ana").summary()).isInstanceOf(ApiException.class);
    }

    @Test
    void a_refusal_is_not_hidden_behind_the_cache() throws Exception {
        try (var stub = new StubPortal().then(200, "application/json", SUMMARY)) {
            base.set(stub.baseUrl());
            account("ana").summary();
        }
        try (var stub = new StubPortal().then(401, "application/json", "")) {
            base.set(stub.baseUrl());

            assertThatThrownBy(() -> account("ana").summary()).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.SIGNED_OUT));
        }
    }
}
