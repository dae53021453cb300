/**
 * Internal helpers of openbcf (argument checks whose messages name the field, value and rule);
 * not exported except to openbcf's own modules, and never part of a public signature.
 *
 * <p>Source: STYLE.md, "Errors" (Guava's {@code MathPreconditions} as a model).
 */
package org.openbcf.core.internal;
