package org.openbcf.core.finding;

/**
 * How serious a finding is. An {@link #ERROR} is what a BCF template shows as a red "No" on its
 * checklist; a {@link #WARNING} is a figure that does not reconcile but that the template accepts
 * (for example with a comment); {@link #INFO} is worth knowing and needs no action.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** Breaks a rule: the template would not accept the return. */
    ERROR,
    /** Does not reconcile or looks wrong, but the template accepts it. */
    WARNING,
    /** Worth knowing; no action needed. */
    INFO
}
