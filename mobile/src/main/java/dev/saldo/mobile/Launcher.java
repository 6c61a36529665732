package dev.saldo.mobile;

import javafx.application.Application;

/** Entry point; it must not extend Application, or JavaFX refuses to start from the class path. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(SaldoMobileApp.class, args);
    }
}
