package dev.saldo.domain.plan;

/** A plan or promise was asked to move somewhere its current state does not lead. */
public final class IllegalTransitionException extends IllegalStateException {

    private final String current;

    public IllegalTransitionException(String what, String current, String next) {
        super("The " + what + " is " + current + "; it cannot become " + next);
        this.current = current;
    }

    public String current() {
        return current;
    }
}
