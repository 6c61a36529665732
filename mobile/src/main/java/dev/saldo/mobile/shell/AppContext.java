package dev.saldo.mobile.shell;

import com.gluonhq.attach.browser.BrowserService;
import dev.saldo.mobile.account.Account;
import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.api.Credentials;
import dev.saldo.mobile.api.ProblemText;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.storage.OfflineCache;
import dev.saldo.mobile.storage.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;

/** Everything the screens share, wired once: settings, language, the API client, the cache and who is signed in. */
public final class AppContext {

    private final Settings settings;
    private final OfflineCache cache;
    private final Clock clock;
    private final Consumer<URI> browser;
    private final ApiClient.Limits limits;
    private final Path folder;
    private volatile Credentials credentials;
    private Locale language;
    private ApiClient api;
    private Account account;

    public AppContext(Path privateFolder, Consumer<URI> browser, Clock clock, ApiClient.Limits limits) {
        this.folder = privateFolder;
        this.settings = new Settings(privateFolder);
        this.cache = new OfflineCache(privateFolder);
        this.clock = clock;
        this.browser = browser;
        this.limits = limits;
        languageChanged();
    }

    /** The system browser (or viewer, for a file) through Attach: the external browser on a phone, xdg-open on Linux. */
    public static Consumer<URI> systemBrowser() {
        return uri -> BrowserService.create().ifPresent(service -> {
            try {
                service.launchExternalBrowser(uri.toString());
            } catch (Exception e) {
                System.getLogger(AppContext.class.getName()).log(System.Logger.Level.WARNING, "Cannot open " + uri, e);
            }
        });
    }

    /** Re-reads the language (the override in settings, else the phone's) and rebuilds what depends on it. */
    public void languageChanged() {
        language = Messages.languageFor(settings.language().orElse(Locale.getDefault()));
        var problems = new ProblemText(Messages.load("dev.saldo.mobile.api.errors", language));
        api = new ApiClient(settings::baseUrl, () -> credentials, () -> language, problems, limits);
        account = new Account(api, cache, () -> credentials == null ? "-" : credentials.user(), clock);
    }

    public Messages messages(String bundle) {
        return Messages.load(bundle, language);
    }

    public Formats formats() {
        return new Formats(language, clock.getZone());
    }

    public Locale language() {
        return language;
    }

    public Settings settings() {
        return settings;
    }

    public Account account() {
        return account;
    }

    public ApiClient api() {
        return api;
    }

    public Clock clock() {
        return clock;
    }

    public Path folder() {
        return folder;
    }

    public void open(URI uri) {
        browser.accept(uri);
    }

    public Credentials credentials() {
        return credentials;
    }

    public void signedIn(Credentials who) {
        this.credentials = who;
    }

    /** Forgets the tokens or password and this account's cached data. */
    public void signOut() {
        Credentials who = credentials;
        if (who != null) {
            account.forgetCache();
            who.forget();
        }
        credentials = null;
    }
}
