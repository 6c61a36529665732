package dev.saldo.mobile.shell;

import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Messages;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The frame around every screen: an app bar with the title, a back arrow on detail screens and a
 * status line saying how old the data is (or that the phone is offline), the content, and the bottom
 * navigation once the debtor has signed in.
 */
public final class AppShell {

    static final String BUNDLE = "dev.saldo.mobile.shell.shell";

    private final AppContext context;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Label title = Ui.text("title", "", "app-bar-title");
    private final Label status = Ui.text("status", "", "status-line");
    private final Button back = new Button();
    private final HBox navigation = new HBox();
    private final Map<Destination, ToggleButton> navigationItems = new EnumMap<>(Destination.class);
    private final Map<Destination, Screen> destinations = new EnumMap<>(Destination.class);
    private final Deque<Screen> stack = new ArrayDeque<>();
    private Destination selected = Destination.HOME;

    public AppShell(AppContext context) {
        this.context = context;
        this.messages = context.messages(BUNDLE);
        root.setId("shell");
        root.getStyleClass().add("shell");
        root.getStylesheets().add(AppShell.class.getResource("shell.css").toExternalForm());
        root.setTop(appBar());
        root.setBottom(navigationBar());
        showNavigation(false);
    }

    public Parent root() {
        return root;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * What every screen does to show its data: "loading" in {@code content}, the network work off the
     * UI thread, then {@code render} with its answer, or the readable error (id {@code errorId}) in its place.
     */
    public <T> void load(VBox content, String errorId, Background.Work<T> work, Consumer<T> render) {
        content.getChildren().setAll(Ui.text(null, messages.get("loading"), "caption"));
        Background.run(work, render,
                failure -> content.getChildren().setAll(Ui.text(errorId, failure.getMessage(), "error-text")));
    }

    public AppContext context() {
        return context;
    }

    public void register(Destination destination, Function<AppShell, Screen> screen) {
        destinations.put(destination, screen.apply(this));
    }

    /** Shows a screen outside the navigation (sign-in), without the bottom bar. */
    public void showAlone(Screen screen) {
        stack.clear();
        showNavigation(false);
        display(screen);
    }

    public void navigate(Destination destination) {
        selected = destination;
        stack.clear();
        showNavigation(true);
        navigationItems.forEach((d, item) -> item.setSelected(d == destination));
        display(destinations.get(destination));
    }

    /** Opens a detail screen over the current one; the back arrow returns. */
    public void push(Screen screen) {
        stack.push(screen);
        display(screen);
    }

    public void back() {
        stack.poll();
        display(stack.isEmpty() ? destinations.get(selected) : stack.peek());
    }

    public Destination selected() {
        return selected;
    }

    /** Tells how current the shown data is: "Updated 14:02" or "Offline — data as of 23 nov 2026 14:02". */
    public void showAge(Loaded<?> loaded) {
        String when = context.formats().dateTime(loaded.asOf());
        status.setText(loaded.isFresh() ? messages.format("status.updated", when) : messages.format("status.offline", when));
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offline"), !loaded.isFresh());
        status.setVisible(true);
        status.setManaged(true);
    }

    public void clearAge() {
        status.setText("");
        status.setVisible(false);
        status.setManaged(false);
    }

    private void display(Screen screen) {
        title.setText(screen.title());
        back.setVisible(!stack.isEmpty());
        back.setManaged(!stack.isEmpty());
        clearAge();
        root.setCenter(screen.root());
        screen.show();
    }

    private void showNavigation(boolean shown) {
        navigation.setVisible(shown);
        navigation.setManaged(shown);
    }

    private Node appBar() {
        Region arrow = new Region();
        arrow.getStyleClass().add("back-icon");
        back.setGraphic(arrow);
        back.setId("back");
        back.getStyleClass().add("back-button");
        back.setAccessibleText(messages.get("back"));
        back.setOnAction(event -> back());
        title.setWrapText(false);
        VBox titles = new VBox(2, title, status);
        titles.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, back, titles);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node navigationBar() {
        navigation.getStyleClass().add("navigation-bar");
        for (Destination destination : Destination.values()) {
            ToggleButton item = navigationItem(destination);
            navigationItems.put(destination, item);
            navigation.getChildren().add(item);
        }
        return navigation;
    }

    private ToggleButton navigationItem(Destination destination) {
        Region icon = new Region();
        icon.getStyleClass().add("nav-icon");
        StackPane indicator = new StackPane(icon);
        indicator.getStyleClass().add("nav-indicator");

        ToggleButton item = new ToggleButton(messages.get(destination.labelKey()), indicator);
        item.setId(destination.navigationId());
        item.getStyleClass().add("nav-item");
        item.setContentDisplay(ContentDisplay.TOP);
        item.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(item, Priority.ALWAYS);
        item.setOnAction(event -> navigate(destination)); // also keeps a re-tapped item selected
        return item;
    }
}
