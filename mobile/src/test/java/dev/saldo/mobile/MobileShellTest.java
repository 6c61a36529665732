package dev.saldo.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
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

@ExtendWith(ApplicationExtension.class)
class MobileShellTest {

    private static final Locale CHILEAN_SPANISH = Locale.of("es", "CL");
    private static final List<String> NAVIGATION = List.of("#nav-home", "#nav-invoices", "#nav-plan", "#nav-profile");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

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
    void opens_in_a_phone_sized_390_by_844_window(FxRobot robot) {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getScene().getWidth()).isEqualTo(390);
        assertThat(stage.getScene().getHeight()).isEqualTo(844);
        assertThat(stage.getWidth()).isEqualTo(390);
        assertThat(stage.getHeight()).isEqualTo(844);
    }

    @Test
    void speaks_spanish_when_the_phone_is_in_spanish(FxRobot robot) {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(stage.getTitle()).isEqualTo("Saldo");
        assertThat(shownText(robot, "#title")).isEqualTo("Saldo");
        assertThat(shownText(robot, "#welcome")).isEqualTo("Le damos la bienvenida");
        assertThat(shownText(robot, "#sign-in"))
                .isEqualTo("Inicie sesión para ver cuánto debe y sus facturas pendientes.");
        assertThat(NAVIGATION).map(id -> shownText(robot, id)).containsExactly("Inicio", "Facturas", "Plan", "Perfil");
    }

    @Test
    void speaks_english_when_the_phone_is_in_english(FxRobot robot) {
        startOnPhoneIn(Locale.US, robot);

        assertThat(shownText(robot, "#title")).isEqualTo("Saldo");
        assertThat(shownText(robot, "#welcome")).isEqualTo("Welcome");
        assertThat(shownText(robot, "#sign-in")).isEqualTo("Sign in to see what you owe and your open invoices.");
        assertThat(NAVIGATION).map(id -> shownText(robot, id)).containsExactly("Home", "Invoices", "Plan", "Profile");
    }

    @Test
    void starts_with_home_selected_in_the_navigation(FxRobot robot) {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(selectedNavigation(robot)).containsExactly("#nav-home");
    }

    @Test
    void tapping_a_navigation_item_marks_it_selected_and_unmarks_the_others(FxRobot robot) {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        robot.clickOn("#nav-invoices");
        assertThat(selectedNavigation(robot)).containsExactly("#nav-invoices");

        robot.clickOn("#nav-profile");
        assertThat(selectedNavigation(robot)).containsExactly("#nav-profile");
        assertThat(navigationItem(robot, "#nav-profile").getPseudoClassStates()).contains(SELECTED);
        assertThat(navigationItem(robot, "#nav-invoices").getPseudoClassStates()).doesNotContain(SELECTED);
    }

    @Test
    void tapping_the_selected_item_again_keeps_it_selected(FxRobot robot) {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        robot.clickOn("#nav-plan");
        robot.clickOn("#nav-plan");

        assertThat(selectedNavigation(robot)).containsExactly("#nav-plan");
    }

    @Test
    void navigation_items_are_touch_targets_of_at_least_48_px(FxRobot robot) {
        startOnPhoneIn(CHILEAN_SPANISH, robot);

        assertThat(NAVIGATION).allSatisfy(id -> {
            ToggleButton item = navigationItem(robot, id);
            assertThat(item.getWidth()).as(id + " width").isGreaterThanOrEqualTo(48);
            assertThat(item.getHeight()).as(id + " height").isGreaterThanOrEqualTo(48);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es-CL, home-es.png", "en-US, home-en.png"})
    void writes_a_phone_sized_snapshot_of_the_home_screen(String languageTag, String fileName, FxRobot robot)
            throws Exception {
        startOnPhoneIn(Locale.forLanguageTag(languageTag), robot);

        Path file = Snapshots.write(stage.getScene(), fileName);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(390);
        assertThat(png.getHeight()).isEqualTo(844);
        int appBar = png.getRGB(8, 8);
        int background = png.getRGB(8, 400);
        assertThat(appBar).as("the theme colours the app bar").isNotEqualTo(background);
    }

    private void startOnPhoneIn(Locale locale, FxRobot robot) {
        Locale.setDefault(locale);
        robot.interact(() -> new SaldoMobileApp().start(stage));
    }

    /** The text as drawn, which ends in an ellipsis when it does not fit. */
    private static String shownText(FxRobot robot, String query) {
        Labeled labeled = robot.lookup(query).queryLabeled();
        return robot.from(labeled).lookup(".text").queryAs(Text.class).getText();
    }

    private static ToggleButton navigationItem(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }

    private static List<String> selectedNavigation(FxRobot robot) {
        return NAVIGATION.stream().filter(id -> navigationItem(robot, id).isSelected()).toList();
    }
}
