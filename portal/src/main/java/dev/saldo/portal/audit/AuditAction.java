package dev.saldo.portal.audit;

/** The staff actions the log knows; each has a label {@code audit.action.<name>} in the bundles. */
public enum AuditAction {
    IMPORT, EXPORT, FIGURES_REBUILD, ESCALATION, ESCALATION_REVERSAL, WRITE_OFF, RISK_RETRAIN, FEE_RULES_CHANGE, FEE_WAIVER,
    DUNNING_SCHEDULE_CHANGE;

    public String messageKey() {
        return "audit.action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
