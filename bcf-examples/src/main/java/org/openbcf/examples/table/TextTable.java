package org.openbcf.examples.table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for people: the first column left-aligned, the others right-aligned, columns
 * separated by two spaces.
 *
 * @since 0.1.0
 */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    /**
     * Starts a table with its header.
     *
     * @param header the column headings, not null
     */
    public TextTable(String... header) {
        rows.add(header.clone());
    }

    /**
     * Adds a row; missing cells print empty.
     *
     * @param cells the cells, not null
     * @return this table
     */
    public TextTable row(String... cells) {
        rows.add(Arrays.copyOf(cells, rows.get(0).length));
        return this;
    }

    /**
     * Prints the table with a rule under the header.
     *
     * @param out where to print, not null
     */
    public void print(PrintWriter out) {
        out.print(toString());
    }

    /**
     * The table as text, one line per row and a rule under the header, each line ending {@code \n}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c] == null ? 0 : row[c].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r)[c] == null ? "" : rows.get(r)[c];
                String padding = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(c == 0 ? cell + padding : padding + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                text.append("-".repeat(Arrays.stream(widths).sum() + 2 * (columns - 1))).append('\n');
            }
        }
        return text.toString();
    }
}
