package dev.saldo.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.shell.AppContext;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app before anyone signs in: phone-sized, in the phone's language, and honest when the portal is unreachable. */
@ExtendWith(ApplicationExtension.class)
class MobileShellTest {

    private static final Locale CHILEAN_SPANISH = Locale.of("es", "CL");

    private final Locale phoneLocaleBefore = Locale.getDefault();
    private Stage stage;

    // The app itself is started by each test, after it has set the phone's language.
    @Start
    void keepStage(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restorePhoneLocale() {
        Locale.setDefault(phoneLocaleBefore);
    }

    @Test
    void opens_in_a_phone_sized_390_by_844_window(FxRobot robot) throws Exception {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getScene().getWidth()).isEqualTo(390);
        assertThat(stage.getScene().getHeight()).isEqualTo(844);
    }

    @Test
    void speaks_spanish_when_the_phone_is_in_spanish(FxRobot robot) throws Exception {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(stage.getTitle()).isEqualTo("Saldo");
        assertThat(shownText(robot, "#welcome")).isEqualTo("Le damos la bienvenida");
        assertThat(shownText(robot, "#intro")).isEqualTo("Inicie sesión para ver cuánto debe y sus facturas pendientes.");
        assertThat(shownText(robot, "#sign-in")).isEqualTo("Iniciar sesión");
    }

    @Test
    void speaks_english_when_the_phone_is_in_english(FxRobot robot) throws Exception {
        startOnPhoneIn(Locale.US, robot);

        assertThat(shownText(robot, "#welcome")).isEqualTo("Welcome");
        assertThat(shownText(robot, "#sign-in")).isEqualTo("Sign in");
    }

    @Test
    void the_bottom_navigation_waits_until_the_debtor_has_signed_in(FxRobot robot) throws Exception {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(robot.lookup(".navigation-bar").query().isVisible()).isFalse();
    }

    @Test
    void signing_in_without_a_password_says_what_is_missing(FxRobot robot) throws Exception {
        startOnPhoneIn(CHILEAN_SPANISH, robot);
        robot.interact(() -> robot.lookup("#user").queryAs(TextField.class).setText("ana"));

        robot.clickOn("#sign-in");

        assertThat(shownText(robot, "#sign-in-error")).isEqualTo("Escriba su usuario y su contraseña.");
    }

    @Test
    void signing_in_while_the_portal_is_unreachable_says_so_instead_of_failing_silently(FxRobot robot) throws Exception {
        startOnPhoneIn(CHILEAN_SPANISH, robot);
        robot.interact(() -> {
            robot.lookup("#user").queryAs(TextField.class).setText("ana");
            robot.lookup("#password").queryAs(TextField.class).setText("ana123");
        });

        robot.clickOn("#sign-in");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#sign-in-error").queryLabeled().getText().isBlank());

        assertThat(robot.lookup("#sign-in-error").queryLabeled().getText()).startsWith("Sin conexión con el portal");
        assertThat(robot.lookup(".navigation-bar").query().isVisible()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es-CL, sign-in-es.png", "en-US, sign-in-en.png"})
    void writes_a_phone_sized_snapshot_of_the_sign_in_screen(String languageTag, String fileName, FxRobot robot)
            throws Exception {
        startOnPhoneIn(Locale.forLanguageTag(languageTag), robot);

        Path file = Snapshots.write(stage.getScene(), fileName);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(390);
        assertThat(png.getHeight()).isEqualTo(844);
        assertThat(png.getRGB(8, 8)).as("the theme colours the app bar").isNotEqualTo(png.getRGB(8, 600));
    }

    private void startOnPhoneIn(Locale locale, FxRobot robot) throws Exception {
        Locale.setDefault(locale);
        Path storage = Files.createTempDirectory("saldo-shell");
        var context = new AppContext(storage, uri -> { }, Clock.systemDefaultZone(),
                new ApiClient.Limits(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, Duration.ofMillis(50)));
        // Port 9 (discard) on loopback: nothing listens, so every request fails at once.
        context.settings().baseUrl(URI.create("http://127.0.0.1:9/"));
        robot.interact(() -> new SaldoMobileApp(context).start(stage));
    }

    /** The text as drawn, which ends in an ellipsis when it does not fit. */
    private static String shownText(FxRobot robot, String query) {
        Labeled labeled = robot.lookup(query).queryLabeled();
        return robot.from(labeled).lookup(".text").queryAs(Text.class).getText();
    }
}
