package dev.saldo.mobile.shell;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders for the theme's recurring pieces, so screens read as what they show. */
public final class Ui {

    private Ui() {
    }

    public static Label text(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A message line that takes no room while it has nothing to say. */
    public static Label message(String id, String... styleClasses) {
        Label label = text(id, "", styleClasses);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    public static VBox card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("card");
        return card;
    }

    public static Button primary(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("primary");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    public static Button secondary(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("secondary");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    /** A label on the left and a value on the right, e.g. "Overdue … $45.000 CLP". */
    public static HBox row(String label, Node value) {
        Label name = text(null, label, "caption");
        if (value instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (value instanceof Label text) {
            text.setWrapText(false);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, name, gap, value);
        row.getStyleClass().add("figure-row");
        return row;
    }

    /** A vertically scrolling page with the content's standard padding. */
    public static ScrollPane page(VBox content) {
        content.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page");
        return scroll;
    }
}
