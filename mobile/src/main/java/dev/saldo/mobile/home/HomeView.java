package dev.saldo.mobile.home;

import dev.saldo.mobile.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout of the home screen: app bar, a welcome for a debtor who has not signed in, bottom navigation. */
public final class HomeView {

    static final String BUNDLE = "dev.saldo.mobile.home.home";
    private static final String STYLESHEET = "home.css";

    private final Messages messages;
    private final HomePresenter presenter;
    private final Map<Destination, ToggleButton> navigationItems = new EnumMap<>(Destination.class);
    private final BorderPane root = new BorderPane();

    public HomeView() {
        this(Messages.load(BUNDLE), new HomePresenter());
    }

    public HomeView(Messages messages, HomePresenter presenter) {
        this.messages = messages;
        this.presenter = presenter;
        root.setId("home");
        root.getStyleClass().add("home");
        root.getStylesheets().add(HomeView.class.getResource(STYLESHEET).toExternalForm());
        root.setTop(appBar());
        root.setCenter(welcome());
        root.setBottom(navigationBar());
        presenter.selectedProperty().addListener((observable, before, now) -> showSelected());
        showSelected();
    }

    public Parent root() {
        return root;
    }

    public String title() {
        return messages.get("title");
    }

    private Node appBar() {
        Label title = text("title", "app-bar-title");
        HBox bar = new HBox(title);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node welcome() {
        Label welcome = text("welcome", "headline");
        Label signIn = text("sign-in", "body");
        VBox card = new VBox(welcome, signIn);
        card.getStyleClass().add("card");
        VBox content = new VBox(card);
        content.getStyleClass().add("content");
        return content;
    }

    private Node navigationBar() {
        HBox bar = new HBox();
        bar.getStyleClass().add("navigation-bar");
        for (Destination destination : Destination.values()) {
            ToggleButton item = navigationItem(destination);
            navigationItems.put(destination, item);
            bar.getChildren().add(item);
        }
        return bar;
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
        item.setOnAction(event -> {
            presenter.select(destination);
            showSelected(); // a second tap on the selected item would otherwise unselect it
        });
        return item;
    }

    private void showSelected() {
        navigationItems.forEach((destination, item) -> item.setSelected(destination == presenter.selected()));
    }

    private Label text(String key, String styleClass) {
        Label label = new Label(messages.get(key));
        label.setId(key);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
