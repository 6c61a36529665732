package dev.saldo.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.Summary;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.api.Json;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.core.type.TypeReference;

/**
 * Every screen of the phone app driven headless against a real portal process: ana signs in, sees the
 * portal's own figures, opens an invoice and its PDF, proposes a plan that the portal then holds, starts
 * a payment, edits her contact data, and finally — with the portal stopped — still reads her cached
 * balance. Each screen is written to target/snapshots at 390×844.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneJourneyIT {

    private static final Locale CHILE = Locale.of("es", "CL");
    private static PortalProcess portal;
    private static Path storage;
    private static final List<URI> opened = new CopyOnWriteArrayList<>();
    private static Locale before;

    private Stage stage;

    @BeforeAll
    static void startPortal() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(CHILE);
        portal = PortalProcess.start();
        storage = Files.createTempDirectory("saldo-phone");
    }

    @AfterAll
    static void stopPortal() throws Exception {
        Locale.setDefault(before);
        if (portal != null) {
            portal.stop();
        }
    }

    @Start
    void keepStage(Stage stage) {
        this.stage = stage;
    }

    @Test
    @Order(1)
    void ana_signs_in_and_home_shows_the_same_balance_as_the_portal(FxRobot robot) throws Exception {
        startSignedOut(robot);
        Snapshots.write(stage.getScene(), "sign-in.png");

        signInAsAna(robot);

        Summary summary = Json.MAPPER.readValue(portal.get("ana", "ana123", "api/v1/me/summary"), Summary.class);
        var formats = new Formats(Messages.SPANISH, Clock.systemDefaultZone().getZone());
        assertThat(text(robot, "#total-owed")).isEqualTo(formats.money(summary.balances().getFirst().totalOwed()));
        assertThat(text(robot, "#overdue")).isEqualTo(formats.money(summary.balances().getFirst().overdue()));
        assertThat(text(robot, "#next-payment")).isNotBlank();
        assertThat(text(robot, "#countdown")).matches("Vence.*|Atrasad.*");
        assertThat(text(robot, "#status")).startsWith("Actualizado");
        Snapshots.write(stage.getScene(), "home.png");
    }

    @Test
    @Order(2)
    void invoices_list_opens_a_detail_and_its_pdf_in_the_system_viewer(FxRobot robot) throws Exception {
        startSignedOut(robot);
        signInAsAna(robot);

        robot.clickOn("#nav-invoices");
        await(robot, ".list-row");
        Snapshots.write(stage.getScene(), "invoices.png");
        String firstNumber = robot.lookup(".list-row").query().getId();
        robot.clickOn("#" + firstNumber);
        await(robot, "#open-balance");
        assertThat(text(robot, "#title")).startsWith("Factura ");
        Snapshots.write(stage.getScene(), "invoice-detail.png");

        opened.clear();
        tap(robot, "#open-pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());
        Path pdf = Path.of(opened.getFirst());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        robot.clickOn("#back");
        await(robot, ".list-row");
    }

    @Test
    @Order(3)
    void a_plan_proposed_on_the_phone_gets_the_portals_verdict_and_lands_in_the_portal(FxRobot robot) throws Exception {
        startSignedOut(robot);
        signInAsAna(robot);

        robot.clickOn("#nav-plan");
        await(robot, "#submit-plan");
        robot.interact(() -> {
            robot.lookup("#down-payment").queryAs(TextField.class).setText("0");
            @SuppressWarnings("unchecked")
            Spinner<Integer> count = robot.lookup("#installments").queryAs(Spinner.class);
            count.getValueFactory().setValue(6);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String phoneVerdict = text(robot, "#verdict");
        int phoneRows = robot.lookup("#proposal-schedule").queryAs(javafx.scene.layout.VBox.class).getChildren().size();
        Snapshots.write(stage.getScene(), "plan-proposal.png");

        var first = java.time.LocalDate.now().plusDays(7);
        var evaluation = Json.MAPPER.readTree(portal.post("ana", "ana123", "api/v1/me/plans/evaluation",
                "{\"downPayment\":\"0\",\"installments\":6,\"frequency\":\"MONTHLY\",\"firstDate\":\"" + first + "\"}"));
        String outcome = evaluation.get("outcome").asString();
        assertThat(phoneVerdict).isEqualTo(Messages.load("dev.saldo.mobile.plan.plan", CHILE)
                .get("outcome." + outcome.toLowerCase(Locale.ROOT).replace('_', '-')));
        assertThat(phoneRows).isEqualTo(evaluation.get("schedule").size());

        tap(robot, "#submit-plan");
        await(robot, "#schedule");
        List<PlanView> plans = Json.MAPPER.readValue(portal.get("ana", "ana123", "api/v1/me/plans"),
                new TypeReference<List<PlanView>>() { });
        assertThat(plans).hasSize(1);
        assertThat(plans.getFirst().terms().installments()).isEqualTo(6);
        assertThat(text(robot, "#plan-status")).isIn("En revisión", "Activo");
        assertThat(text(robot, "#installment-state-1")).isEqualTo("Próxima");
        Snapshots.write(stage.getScene(), "plan.png");

        robot.clickOn("#nav-home");
        await(robot, "#plan-progress");
    }

    @Test
    @Order(4)
    void a_counter_offer_from_the_staff_can_be_declined_on_the_phone(FxRobot robot) throws Exception {
        List<PlanView> plans = Json.MAPPER.readValue(portal.get("ana", "ana123", "api/v1/me/plans"),
                new TypeReference<List<PlanView>>() { });
        PlanView proposed = plans.getFirst();
        assertThat(proposed.status()).isEqualTo(PlanStatus.PENDING_REVIEW);
        portal.post("carla", "carla123", "api/v1/staff/proposals/" + proposed.id() + "/counter-offer",
                "{\"downPayment\":\"0\",\"installments\":3,\"frequency\":\"MONTHLY\",\"firstDate\":\""
                        + java.time.LocalDate.now().plusDays(10) + "\",\"note\":\"Tres cuotas\"}");

        startSignedOut(robot);
        signInAsAna(robot);
        robot.clickOn("#nav-plan");
        await(robot, "#decline-counter-offer");
        assertThat(text(robot, "#plan-status")).isEqualTo("Le proponemos otras condiciones");
        Snapshots.write(stage.getScene(), "plan-counter-offer.png");

        tap(robot, "#decline-counter-offer");
        await(robot, "#submit-plan");
        PlanView after = Json.MAPPER.readValue(portal.get("ana", "ana123", "api/v1/me/plans/" + proposed.id()),
                PlanView.class);
        assertThat(after.status()).isEqualTo(PlanStatus.DECLINED);
    }

    @Test
    @Order(5)
    void pay_opens_the_portals_payment_page_in_the_browser(FxRobot robot) throws Exception {
        startSignedOut(robot);
        signInAsAna(robot);

        tap(robot, "#pay");
        await(robot, "#pay-CLP");
        Snapshots.write(stage.getScene(), "pay.png");
        opened.clear();
        tap(robot, "#pay-CLP");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertThat(opened.getFirst().toString()).startsWith(portal.baseUrl().toString()).contains("pay/sandbox/");
        assertThat(text(robot, "#pay-message")).contains("navegador");
    }

    @Test
    @Order(6)
    void contact_data_edited_on_the_phone_is_saved_in_the_portal(FxRobot robot) throws Exception {
        startSignedOut(robot);
        signInAsAna(robot);

        robot.clickOn("#nav-profile");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#email").queryAs(TextField.class).getText().isBlank());
        robot.interact(() -> robot.lookup("#phone").queryAs(TextField.class).setText("+56 9 8765 4321"));
        tap(robot, "#save-contact");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#contact-message").isBlank());

        assertThat(text(robot, "#contact-message")).isEqualTo("Datos guardados.");
        var saved = Json.MAPPER.readValue(portal.get("ana", "ana123", "api/v1/me/contact"), ContactDetails.class);
        assertThat(saved.primaryPhone()).as("typed with spaces, stored in E.164").isEqualTo("+56987654321");
        Snapshots.write(stage.getScene(), "profile.png");

        tap(robot, "#sign-out");
        await(robot, "#sign-in");
        assertThat(robot.lookup(".navigation-bar").query().isVisible()).isFalse();
        assertThat(Files.list(storage.resolve("cache")).toList()).as("ana's cached data is gone").isEmpty();
    }

    @Test
    @Order(7)
    void with_the_portal_stopped_the_phone_still_shows_the_cached_balance_with_its_time(FxRobot robot) throws Exception {
        startSignedOut(robot);
        signInAsAna(robot);
        String online = text(robot, "#total-owed");
        robot.clickOn("#nav-invoices");
        await(robot, ".list-row");

        portal.stop();

        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#status").startsWith("Sin conexión"));
        await(robot, "#total-owed");
        assertThat(text(robot, "#total-owed")).isEqualTo(online);
        Snapshots.write(stage.getScene(), "home-offline.png");

        robot.clickOn("#nav-invoices");
        // The status still reads "Sin conexión" from home: wait for the cached rows themselves.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#status").startsWith("Sin conexión")
                && !robot.lookup(".list-row").queryAll().isEmpty());
        assertThat(robot.lookup(".list-row").queryAll()).isNotEmpty();
        Snapshots.write(stage.getScene(), "invoices-offline.png");

        robot.clickOn("#nav-home");
        await(robot, "#pay");
        tap(robot, "#pay");
        await(robot, "#pay-CLP");
        tap(robot, "#pay-CLP");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#pay-message").contains("conexión"));
    }

    private void startSignedOut(FxRobot robot) {
        var context = new AppContext(storage, opened::add, Clock.systemDefaultZone(),
                new ApiClient.Limits(Duration.ofSeconds(2), Duration.ofSeconds(20), 2, Duration.ofMillis(200)));
        context.settings().baseUrl(portal.baseUrl());
        robot.interact(() -> new SaldoMobileApp(context).start(stage));
    }

    private static void signInAsAna(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#user").queryAs(TextField.class).setText("ana");
            robot.lookup("#password").queryAs(TextField.class).setText("ana123");
        });
        robot.clickOn("#sign-in");
        await(robot, "#total-owed");
    }

    /** Scrolls the page until the node shows at its top, then taps it, as a person would. */
    private static void tap(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent parent = node.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                var content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.clamp((y - 16) / range, 0, 1));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    private static void await(FxRobot robot, String query) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

}
