package org.openbcf.examples.workbook;

/**
 * Cell addresses such as {@code XFD1048576}, read and written without POI's {@code CellReference}
 * (which would build objects for every cell of a streamed sheet). Rows from 1, columns from 0.
 */
final class CellAddress {

    private CellAddress() {
    }

    /**
     * How many column letters an address starts with: 1 to 3 upper-case letters then digits, or 0
     * when the text is not such an address.
     */
    static int letters(CharSequence text) {
        int n = 0;
        while (n < text.length() && n < 4 && text.charAt(n) >= 'A' && text.charAt(n) <= 'Z') {
            n++;
        }
        if (n == 0 || n > 3 || n == text.length() || text.length() - n > 7) {
            return 0;
        }
        for (int i = n; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return 0;
            }
        }
        return n;
    }

    /** The column from 0 of an address whose first {@code letters} characters are its column. */
    static int column(CharSequence text, int letters) {
        int column = 0;
        for (int i = 0; i < letters; i++) {
            column = column * 26 + (text.charAt(i) - 'A' + 1);
        }
        return column - 1;
    }

    /** The row from 1 of an address whose first {@code letters} characters are its column. */
    static int rowNumber(CharSequence text, int letters) {
        int row = 0;
        for (int i = letters; i < text.length(); i++) {
            row = row * 10 + (text.charAt(i) - '0');
        }
        return row;
    }

    /** The letters of a column from 0, e.g. {@code AR} for 43. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().toString();
    }
}
