package dev.saldo.portal.plan;

/** No such plan or promise for this person: the same answer whether it does not exist or is someone else's. */
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(String id) {
        super("No plan or promise " + id + " for this person");
    }
}
