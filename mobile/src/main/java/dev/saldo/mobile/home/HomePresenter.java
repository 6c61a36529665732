package dev.saldo.mobile.home;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The home screen's state: which destination of the bottom navigation is selected. */
public final class HomePresenter {

    private final ReadOnlyObjectWrapper<Destination> selected = new ReadOnlyObjectWrapper<>(Destination.HOME);

    public ReadOnlyObjectProperty<Destination> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Destination selected() {
        return selected.get();
    }

    // Only marks the destination for now: the invoices, plan and profile screens come later.
    public void select(Destination destination) {
        selected.set(destination);
    }
}
