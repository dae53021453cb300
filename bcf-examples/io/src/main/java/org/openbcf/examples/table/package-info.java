/**
 * Plain-text tables for people: {@link org.openbcf.examples.table.TextTable}, aligned columns with
 * nothing of any domain in them (the P4P tables are {@link org.openbcf.examples.format.P4pTables}).
 * They print what they are given, nothing more.
 */
package org.openbcf.examples.table;
