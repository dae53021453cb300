package org.openbcf.examples.io;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.number.Numbers;

/**
 * One data row of a {@link CsvInput}, with the readers that turn its values into openbcf values.
 *
 * <p>Every reader names the place when it refuses a value:
 * {@code p4p.csv row 4, column baseline: baseline (-5) must be between 0 and 100,000,000}. A library
 * factory's {@link IllegalArgumentException} becomes a {@link BadInputException} with that place, so
 * the message is the library's, whose rule is in one place. This class is immutable.
 *
 * @since 0.1.0
 */
public final class Row {

    private final String source;
    private final long number;
    private final Map<String, Integer> index;
    private final String[] values;
    /** Whether the row is a worksheet's: its places then name the cell too, e.g. {@code (cell C4)}. */
    private final boolean sheet;

    Row(String source, long number, Map<String, Integer> index, String[] values) {
        this(source, number, index, values, false);
    }

    Row(String source, long number, Map<String, Integer> index, String[] values, boolean sheet) {
        this.source = source;
        this.number = number;
        this.index = index;
        this.values = values;
        this.sheet = sheet;
    }

    /**
     * The row's number as a spreadsheet shows it (the header is row 1).
     *
     * @return the number
     */
    public long number() {
        return number;
    }

    /**
     * The file's name.
     *
     * @return the name, never null
     */
    public String source() {
        return source;
    }

    /**
     * The place of a column in this row, as messages start: {@code p4p.csv row 4, column baseline}; in
     * a worksheet with its cell, {@code plan.xlsx sheet p4p row 4, column baseline (cell B4)}.
     *
     * @param column the column
     * @return the text, never null
     */
    public String where(String column) {
        Integer at = index.get(column);
        return source + " row " + number + ", column " + column
                + (sheet && at != null ? " (cell " + columnLetters(at) + number + ")" : "");
    }

    /**
     * The place of a column over several rows of one file, for a finding about a figure they add up to:
     * {@code income-and-expenditure.csv, column amount, rows 2–5, 9}; in a worksheet with its cells,
     * {@code plan.xlsx sheet income-and-expenditure, column amount, rows 2–5 (cells D2:D5)}. Runs of
     * consecutive rows are written as ranges.
     *
     * @param rows   rows of one file, not null, not empty, in any order
     * @param column the column
     * @return the text, never null
     * @throws IllegalArgumentException when there is no row
     */
    public static String where(java.util.List<Row> rows, String column) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows");
        }
        Row first = rows.get(0);
        long[] numbers = rows.stream().mapToLong(Row::number).sorted().distinct().toArray();
        Integer at = first.index.get(column);
        String letters = at == null ? null : columnLetters(at);
        java.util.List<String> runs = new java.util.ArrayList<>();
        java.util.List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            int j = i;
            while (j + 1 < numbers.length && numbers[j + 1] == numbers[j] + 1) {
                j++;
            }
            runs.add(i == j ? Long.toString(numbers[i]) : numbers[i] + "–" + numbers[j]);
            if (letters != null) {
                cells.add(i == j ? letters + numbers[i] : letters + numbers[i] + ":" + letters + numbers[j]);
            }
            i = j;
        }
        return first.source + ", column " + column + ", " + (numbers.length == 1 ? "row " : "rows ") + String.join(", ", runs)
                + (first.sheet && letters != null ? " (" + (numbers.length == 1 ? "cell " : "cells ")
                + String.join(", ", cells) + ")" : "");
    }

    /** A worksheet column's letters: 0 is A, 25 is Z, 26 is AA. */
    private static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }

    /**
     * Whether the file has the column.
     *
     * @param column a column of the schema
     * @return true when the header names it
     */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /**
     * The value, stripped; empty when the value or the (optional) column is absent.
     *
     * @param column a column of the schema
     * @return the text, never null
     */
    public String text(String column) {
        Integer i = index.get(column);
        return i == null ? "" : values[i];
    }

    /**
     * The value when the column is present and the value is not empty.
     *
     * @param column a column of the schema
     * @return the text, or empty
     */
    public Optional<String> optional(String column) {
        String text = text(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The value, which must not be empty.
     *
     * @param column a column of the schema
     * @return the text, never empty
     * @throws MissingValueException when the value is empty
     */
    public String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new MissingValueException(where(column), column);
        }
        return text;
    }

    /**
     * The value read by a library factory, e.g. {@code row.get("quarter", FinancialQuarter::parse)}.
     *
     * @param column a column of the schema
     * @param parser the factory; its {@link IllegalArgumentException} is reported with the place
     * @param <T>    the value's type
     * @return the value, never null
     * @throws BadInputException when the value is empty or the factory refuses it
     */
    public <T> T get(String column, Function<String, T> parser) {
        String text = required(column);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where(column) + ": " + cutValues(e.getMessage()), e);
        }
    }

    /**
     * A value computed from this row's values by a library call, its refusal reported at a column of
     * the row, e.g. {@code row.at("count", () -> new AgeBand(label, count, population, weight))}.
     *
     * @param column the column the value chiefly comes from
     * @param value  computes the value; its {@link IllegalArgumentException} is reported with the place
     * @param <T>    the value's type
     * @return the value
     * @throws BadInputException when the library refuses the values
     */
    public <T> T at(String column, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where(column) + ": " + cutValues(e.getMessage()), e);
        }
    }

    /**
     * A whole number in the number grammar ({@link Numbers}), e.g. {@code 882,569}.
     *
     * @param column a column of the schema
     * @return the number
     * @throws BadInputException when the value is empty or not a whole number
     */
    public long whole(String column) {
        return get(column, text -> Numbers.parseWhole(text, column));
    }

    /**
     * A whole number within limits, e.g. a count from 0 to 1,000,000,000.
     *
     * @param column a column of the schema
     * @param min    the smallest allowed value
     * @param max    the largest allowed value
     * @return the number
     * @throws BadInputException when the value is empty, not a whole number, or outside the limits
     */
    public long whole(String column, long min, long max) {
        long value = whole(column);
        if (value < min || value > max) {
            throw error(column, column + " (" + value + ") must be between " + group(min) + " and " + group(max));
        }
        return value;
    }

    /**
     * A decimal in the number grammar, e.g. {@code 0.0155}.
     *
     * @param column a column of the schema
     * @return the number, never null
     * @throws BadInputException when the value is empty or not a number
     */
    public BigDecimal decimal(String column) {
        return get(column, text -> Numbers.parseDecimal(text, column));
    }

    /**
     * Exact pence from pounds, e.g. {@code 354620.00} is 35,462,000; a fraction of a penny is refused.
     *
     * @param column a column of the schema
     * @param field  what the amount is, for the message, e.g. {@code agreed payment for Q4 2014/15}
     * @return the pence
     * @throws BadInputException when the value is empty, not an amount, or not whole pennies
     */
    public long pence(String column, String field) {
        return get(column, text -> Gbp.pence(Gbp.parsePounds(text), field));
    }

    /**
     * A bad-input error at a column of this row.
     *
     * @param column the column
     * @param what   what is wrong, one line
     * @return the exception, to throw
     */
    public BadInputException error(String column, String what) {
        return new BadInputException(where(column) + ": " + what);
    }

    /**
     * A value as messages quote it (at most a short prefix, on one line), e.g. {@code 'abc'}.
     *
     * @param text the value, not null
     * @return the quoted text, never null
     */
    public static String quote(String text) {
        return Numbers.shown(text);
    }

    /** The longest value a message quotes whole; a longer one is cut, its length said. */
    static final int MAX_QUOTED = 100;

    /**
     * A library's message with every long value of this row it quotes cut to its start and its length,
     * e.g. a 1 MB stream label as {@code xxxx… (1000000 characters)}, so one error line stays readable.
     */
    private String cutValues(String message) {
        if (message == null || message.length() <= MAX_QUOTED) {
            return message;
        }
        String cut = message;
        for (String value : values) {
            if (value != null && value.length() > MAX_QUOTED && cut.contains(value)) {
                cut = cut.replace(value, value.substring(0, 40) + "… (" + value.length() + " characters)");
            }
        }
        return cut;
    }

    private static String group(long value) {
        return org.openbcf.core.internal.Checks.group(value);
    }
}
