package dev.saldo.mobile.shell;

import javafx.scene.Node;

/** One screen in the shell's content area. */
public interface Screen {

    Node root();

    /** The app bar's title while this screen shows. */
    String title();

    /** Called each time the screen is shown: (re)load its data. */
    void show();
}
