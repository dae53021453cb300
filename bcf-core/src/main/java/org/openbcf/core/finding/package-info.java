/**
 * The findings model every check reports with ({@code Finding}, {@code Findings}, {@code Severity})
 * and the rule catalogue ({@code Rule}): each rule id declared once with its severity, years,
 * statement, source and implementing class; {@code RULES.md} is generated from it.
 *
 * <p>Source: the rule ids of every spec file in {@code shared/spec}.
 */
package org.openbcf.core.finding;
