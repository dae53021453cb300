package org.openbcf.examples.io;

/**
 * Input with a required value left empty, e.g. {@code contributions.csv row 5, column amount: the value
 * is missing}. A command reading one table reports it as bad input like any other
 * {@link BadInputException}; the dataset reader lists every such cell as an item of a checklist
 * instead of stopping at the first.
 *
 * @since 0.1.0
 */
public class MissingValueException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** The place, e.g. {@code contributions.csv row 5, column amount}. */
    private final String where;

    /** The column left empty, e.g. {@code amount}. */
    private final String column;

    /**
     * Creates the exception.
     *
     * @param where  the place: file (or sheet), row and column, not null
     * @param column the column left empty, not null
     */
    public MissingValueException(String where, String column) {
        super(where + ": the value is missing");
        this.where = where;
        this.column = column;
    }

    /**
     * The place of the empty value, e.g. {@code contributions.csv row 5, column amount}.
     *
     * @return the place, never null
     */
    public String where() {
        return where;
    }

    /**
     * The column left empty, e.g. {@code amount}.
     *
     * @return the column, never null
     */
    public String column() {
        return column;
    }
}
