package dev.saldo.mobile.shell;

import java.util.Locale;

/** The places the bottom navigation leads to. */
public enum Destination {
    HOME, INVOICES, PLAN, PROFILE;

    /** Node id of the destination's navigation item, e.g. {@code nav-invoices}. */
    public String navigationId() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }

    /** Bundle key of the destination's label, e.g. {@code nav.invoices}. */
    public String labelKey() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }
}
