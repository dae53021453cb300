/**
 * Plain-text tables for people: {@link org.openbcf.examples.table.TextTable} and the P4P tables of
 * {@code bcf p4p --format table}, the demo and the JShell scripts
 * ({@link org.openbcf.examples.table.P4pTables}). They print what the library computed, nothing more.
 */
package org.openbcf.examples.table;
