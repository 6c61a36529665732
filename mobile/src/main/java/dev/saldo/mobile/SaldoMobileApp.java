package dev.saldo.mobile;

import com.gluonhq.attach.util.Platform;
import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.home.HomeScreen;
import dev.saldo.mobile.invoices.InvoicesScreen;
import dev.saldo.mobile.pay.PayScreen;
import dev.saldo.mobile.plan.PlanScreen;
import dev.saldo.mobile.profile.ProfileScreen;
import dev.saldo.mobile.shell.AppContext;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Destination;
import dev.saldo.mobile.signin.SignInScreen;
import dev.saldo.mobile.storage.PrivateStorage;
import java.time.Clock;
import javafx.application.Application;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The Saldo phone app: sign-in, then home, invoices, plan and profile behind a bottom navigation. */
public class SaldoMobileApp extends Application {

    /** A common phone screen in logical pixels, used for the window when running on a desktop. */
    public static final Dimension2D PHONE_SCREEN = new Dimension2D(390, 844);

    static final String THEME = "saldo.css";

    private final AppContext context;
    private Stage stage;
    private AppShell shell;

    public SaldoMobileApp() {
        this(new AppContext(PrivateStorage.folder(), AppContext.systemBrowser(), Clock.systemDefaultZone(),
                ApiClient.Limits.DEFAULT));
    }

    /** For tests and embedding: the app on a given storage folder, browser and clock. */
    public SaldoMobileApp(AppContext context) {
        this.context = context;
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        build();
        shell.showAlone(new SignInScreen(shell, who -> shell.navigate(Destination.HOME)));
        stage.show();
    }

    public AppShell shell() {
        return shell;
    }

    private void build() {
        shell = new AppShell(context);
        PayScreen pay = new PayScreen(shell);
        shell.register(Destination.HOME, s -> new HomeScreen(s, () -> pay));
        shell.register(Destination.INVOICES, InvoicesScreen::new);
        shell.register(Destination.PLAN, PlanScreen::new);
        shell.register(Destination.PROFILE, s -> new ProfileScreen(s, this::signOut, this::languageChanged));
        Dimension2D size = windowSize();
        Scene scene = new Scene(shell.root(), size.getWidth(), size.getHeight());
        scene.getStylesheets().add(SaldoMobileApp.class.getResource(THEME).toExternalForm());
        stage.setTitle(shell.messages().get("app"));
        stage.setScene(scene);
    }

    private void signOut() {
        context.signOut();
        shell.showAlone(new SignInScreen(shell, who -> shell.navigate(Destination.HOME)));
    }

    private void languageChanged() {
        context.languageChanged();
        build();
        shell.navigate(Destination.PROFILE);
    }

    private static Dimension2D windowSize() {
        if (Platform.isDesktop()) {
            return PHONE_SCREEN;
        }
        var bounds = Screen.getPrimary().getVisualBounds();
        return new Dimension2D(bounds.getWidth(), bounds.getHeight());
    }
}
