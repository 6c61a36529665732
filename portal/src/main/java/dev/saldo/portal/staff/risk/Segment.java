package dev.saldo.portal.staff.risk;

/** What kind of delinquency this is, mildest first: it decides how the team approaches the debtor. */
public enum Segment {
    /** Usually pays; behind recently. */
    TEMPORARY,
    /** Late again and again. */
    CHRONIC,
    /** Breaks their word or ignores contact while able to pay. */
    INTENTIONAL;

    public String messageKey() {
        return "segment." + name().toLowerCase();
    }
}
