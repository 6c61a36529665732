package dev.saldo.mobile;

import com.gluonhq.attach.util.Platform;
import dev.saldo.mobile.home.HomeView;
import javafx.application.Application;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The Saldo phone app: one window showing the home screen in the app's theme. */
public class SaldoMobileApp extends Application {

    /** A common phone screen in logical pixels, used for the window when running on a desktop. */
    public static final Dimension2D PHONE_SCREEN = new Dimension2D(390, 844);

    static final String THEME = "saldo.css";

    @Override
    public void start(Stage stage) {
        HomeView home = new HomeView();
        Dimension2D size = windowSize();
        Scene scene = new Scene(home.root(), size.getWidth(), size.getHeight());
        scene.getStylesheets().add(SaldoMobileApp.class.getResource(THEME).toExternalForm());
        stage.setTitle(home.title());
        stage.setScene(scene);
        stage.show();
    }

    private static Dimension2D windowSize() {
        if (Platform.isDesktop()) {
            return PHONE_SCREEN;
        }
        var bounds = Screen.getPrimary().getVisualBounds();
        return new Dimension2D(bounds.getWidth(), bounds.getHeight());
    }
}
