/**
 * The one number grammar every openbcf reader uses ({@link org.openbcf.core.number.Numbers}): ASCII
 * digits, an optional sign, thousands separators only in groups of three and a decimal point, with a
 * length limit checked before conversion. Source: issue 17 ("one number grammar for every command and
 * CSV column"), and the thousands-separator rule {@code Gbp.parse} already applied.
 */
package org.openbcf.core.number;
