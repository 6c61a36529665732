package dev.saldo.mobile.account;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.InvoiceDetails;
import dev.saldo.domain.api.InvoicePage;
import dev.saldo.domain.api.PaymentCheckout;
import dev.saldo.domain.api.PaymentRequest;
import dev.saldo.domain.api.Summary;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.domain.plan.api.ProposalRequest;
import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.api.ApiException;
import dev.saldo.mobile.api.Json;
import dev.saldo.mobile.storage.OfflineCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

/**
 * The signed-in debtor's data for the screens. Reads go to the portal and are cached; when the portal
 * cannot be reached, the cached copy comes back with its time and the reason. Writes (plans, payments,
 * contact) need the portal and say so when it is out of reach.
 */
public final class Account {

    private static final JavaType PLANS = Json.MAPPER.constructType(new TypeReference<List<PlanView>>() { });

    private final ApiClient api;
    private final OfflineCache cache;
    private final Supplier<String> user;
    private final Clock clock;

    public Account(ApiClient api, OfflineCache cache, Supplier<String> user, Clock clock) {
        this.api = api;
        this.cache = cache;
        this.user = user;
        this.clock = clock;
    }

    public Loaded<Summary> summary() throws ApiException {
        return cached("summary", Summary.class, () -> api.get("api/v1/me/summary", Summary.class));
    }

    /** The unpaid invoices, oldest due first, at most 100. */
    public Loaded<InvoicePage> invoices() throws ApiException {
        return cached("invoices", InvoicePage.class, () -> api.get("api/v1/me/invoices?status=pending&size=100", InvoicePage.class));
    }

    public Loaded<InvoiceDetails> invoice(String id) throws ApiException {
        return cached("invoice-" + id, InvoiceDetails.class, () -> api.get("api/v1/me/invoices/" + encode(id), InvoiceDetails.class));
    }

    /** Downloads the invoice's PDF into private storage and returns the file, for the system viewer. */
    public Path invoicePdf(String id, String number) throws ApiException {
        byte[] pdf = api.download("api/v1/me/invoices/" + encode(id) + "/pdf", "application/pdf");
        try {
            Path dir = Files.createDirectories(cache.folderOf(user.get()).resolve("pdf"));
            return Files.write(dir.resolve("invoice-" + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf"), pdf);
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.UNEXPECTED, 0, e.getMessage());
        }
    }

    /** The debtor's plans, newest first. */
    public Loaded<List<PlanView>> plans() throws ApiException {
        return cached("plans", PLANS, () -> api.get("api/v1/me/plans", new TypeReference<List<PlanView>>() { }));
    }

    /** The plan that is pending, counter-offered or active, if any. */
    public static Optional<PlanView> current(List<PlanView> plans) {
        return plans.stream().filter(p -> switch (p.status()) {
            case PENDING_REVIEW, COUNTER_OFFERED, ACTIVE -> true;
            default -> false;
        }).findFirst();
    }

    /** What the phone needs to judge a proposal with the portal's own policy code. */
    public ProposalBasis proposalBasis() throws ApiException {
        return api.get("api/v1/me/plans/basis", ProposalBasis.class);
    }

    public PlanView propose(ProposalRequest request) throws ApiException {
        return api.post("api/v1/me/plans", request, PlanView.class);
    }

    public PlanView acceptCounterOffer(String planId) throws ApiException {
        return api.post("api/v1/me/plans/" + encode(planId) + "/counter-offer/acceptance", null, PlanView.class);
    }

    /** Says no to the staff's terms; the debtor may then propose again. */
    public PlanView declineCounterOffer(String planId) throws ApiException {
        return api.post("api/v1/me/plans/" + encode(planId) + "/counter-offer/decline", null, PlanView.class);
    }

    /** Starts paying everything owed in a currency; the answer holds the page to open. */
    public PaymentCheckout startPayment(String currency) throws ApiException {
        return api.post("api/v1/me/payments", new PaymentRequest(List.of(), null, currency), PaymentCheckout.class);
    }

    public Loaded<ContactDetails> contact() throws ApiException {
        return cached("contact", ContactDetails.class, () -> api.get("api/v1/me/contact", ContactDetails.class));
    }

    public ContactDetails saveContact(ContactDetails details) throws ApiException {
        ContactDetails saved = api.put("api/v1/me/contact", details, ContactDetails.class);
        cache.put(user.get(), "contact", saved, clock.instant());
        return saved;
    }

    public void forgetCache() {
        cache.clear(user.get());
    }

    private interface Fetch<T> {
        T fetch() throws ApiException;
    }

    private <T> Loaded<T> cached(String key, Class<T> type, Fetch<T> fetch) throws ApiException {
        return cached(key, Json.MAPPER.constructType(type), fetch);
    }

    private <T> Loaded<T> cached(String key, JavaType type, Fetch<T> fetch) throws ApiException {
        try {
            T value = fetch.fetch();
            var now = clock.instant();
            cache.put(user.get(), key, value, now);
            return Loaded.fresh(value, now);
        } catch (ApiException e) {
            if (!e.isOffline()) {
                throw e;
            }
            Optional<OfflineCache.Cached<T>> copy = cache.get(user.get(), key, type);
            if (copy.isEmpty()) {
                throw e;
            }
            return new Loaded<>(copy.get().value(), copy.get().fetchedAt(), Optional.of(e.getMessage()));
        }
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
