package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.money.MonetaryAmount;

import org.openbcf.core.money.Gbp;

/**
 * What the mapping kinds share when they hand the workbook's inputs to the library: a library refusal
 * named by the cell it came from, a yes/no parameter, the pairing of a second table's fields, and a
 * money figure or a yes/no as the one number a computed cell is compared with.
 */
final class CalculationCells {

    /** The number a computed yes/no cell is compared with when the answer is yes (met, on track): 1. */
    static final BigDecimal YES = BigDecimal.ONE;

    /** The number a computed yes/no cell is compared with when the answer is no: 0. */
    static final BigDecimal NO = BigDecimal.ZERO;

    private CalculationCells() {
    }

    /**
     * Records the cell an input's value was read from as the place of a figure the library's findings
     * name by {@code path} ({@link Computed#places()}), e.g. {@code risks.NN2-R3.impact} at
     * {@code 'Risk log'!D9}; nothing when the mapping has no such cell (an optional input left out).
     *
     * @param places the places, by path
     * @param path   the library's path of the figure
     * @param inputs the inputs
     * @param input  the input's name
     * @param index  the value's index, from 0
     */
    static void place(Map<String, String> places, String path, CheckInputs inputs, String input, int index) {
        List<SheetCell> cells = inputs.cells(input);
        if (index < cells.size()) {
            places.put(path, cells.get(index).toString());
        }
    }

    /**
     * Records every cell of an input as the place of a figure they add up to, e.g.
     * {@code income.plan.annualTotal} at {@code '5. I&E'!C10:F10} (a run of one row or column as a
     * range, else the cells listed); nothing when the mapping has no such input.
     *
     * @param places the places, by path
     * @param path   the library's path of the figure
     * @param inputs the inputs
     * @param input  the input's name
     */
    static void placeAll(Map<String, String> places, String path, CheckInputs inputs, String input) {
        placeAll(places, path, inputs.cells(input));
    }

    /**
     * Records cells as the place of a figure they add up to ({@link #placeAll(Map, String, CheckInputs, String)}).
     *
     * @param places the places, by path
     * @param path   the library's path of the figure
     * @param cells  the cells, in order; none records nothing
     */
    static void placeAll(Map<String, String> places, String path, List<SheetCell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        SheetCell first = cells.get(0);
        boolean run = true;
        for (int i = 1; i < cells.size(); i++) {
            SheetCell c = cells.get(i);
            run &= c.sheet().equals(first.sheet()) && (c.row() == first.row() && c.column() == first.column() + i
                    || c.column() == first.column() && c.row() == first.row() + i);
        }
        places.put(path, cells.size() == 1 ? first.toString() : run ? first + ":" + cells.get(cells.size() - 1).address()
                : String.join(", ", cells.stream().map(SheetCell::toString).toList()));
    }

    /**
     * Reads one cell's value through the library, naming the cell when the library refuses it, e.g.
     * {@code Pool!C5 (stream): unknown funding stream 'Better Care Grant'; expected one of: ...}.
     *
     * @param inputs the inputs
     * @param input  the input's name
     * @param index  the cell's position in the input, from 0
     * @param read   the library call
     * @param <T>    what the call gives
     * @return what the call gave
     * @throws IllegalArgumentException naming the cell, the input and the library's reason
     */
    static <T> T at(CheckInputs inputs, String input, int index, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(inputs.cells(input).get(index) + " (" + input + "): " + e.getMessage(), e);
        }
    }

    /**
     * Reads a value made from several inputs' cells through the library, naming the cell the library's
     * refusal is about: the input whose words begin the message ({@code denominator (0) must be at least 1}
     * names the denominator's cell, not the first input's), else the first input.
     *
     * @param inputs the inputs
     * @param index  the cells' position in their inputs, from 0
     * @param read   the library call
     * @param words  pairs of the words a message begins with and the input they name, e.g.
     *               {@code "population of age band", "population"}; the first pair's input is the default
     * @param <T>    what the call gives
     * @return what the call gave
     * @throws IllegalArgumentException naming the cell, the input and the library's reason
     */
    static <T> T atNamed(CheckInputs inputs, int index, Supplier<T> read, String... words) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String input = words[1];
            for (int i = 0; i + 1 < words.length; i += 2) {
                if (message.startsWith(words[i] + " ") && inputs.has(words[i + 1])) {
                    input = words[i + 1];
                    break;
                }
            }
            throw new IllegalArgumentException(inputs.cells(input).get(index) + " (" + input + "): " + message, e);
        }
    }

    /**
     * A yes/no parameter: {@code yes}, {@code no}, {@code true} or {@code false}, ignoring case.
     *
     * @param inputs the inputs
     * @param name   the parameter's name, e.g. {@code section75}
     * @return true for yes
     * @throws IllegalArgumentException naming the parameter and its value otherwise
     */
    static boolean yesNo(CheckInputs inputs, String name) {
        return yesNoWords(inputs.parameter(name)).orElseThrow(() -> new IllegalArgumentException("parameter." + name
                + " ('" + inputs.parameter(name) + "') must be yes or no"));
    }

    /**
     * What a text means as a yes/no: {@code Yes} or {@code TRUE} is yes, {@code No} or {@code FALSE}
     * is no, ignoring case and surrounding spaces; anything else is neither. One reading for the
     * parameters, the drop-down cells and the computed yes/no cells.
     *
     * @param text the text, not null
     * @return true for yes, false for no, empty for anything else
     */
    static Optional<Boolean> yesNoWords(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Optional.of(true);
            case "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /**
     * A yes/no cell, as the templates' drop-downs write it: {@code Yes} or {@code No}, ignoring case and
     * surrounding spaces (a boolean cell's {@code TRUE} or {@code FALSE} too).
     *
     * @param inputs the inputs
     * @param input  the input's name
     * @param index  the cell's position, from 0
     * @return true for yes
     * @throws IllegalArgumentException naming the cell and its text otherwise
     */
    static boolean yesNoCell(CheckInputs inputs, String input, int index) {
        String text = inputs.texts(input).get(index);
        return at(inputs, input, index, () -> yesNoWords(text).orElseThrow(
                () -> new IllegalArgumentException("'" + text.strip() + "' must be Yes or No")));
    }

    /**
     * A whole number read from a decimal cell, e.g. a number of beds.
     *
     * @param inputs the inputs
     * @param input  the input's name
     * @param index  the cell's position, from 0
     * @param value  the value read
     * @return the whole number
     * @throws IllegalArgumentException naming the cell when the value has a fraction or does not fit a long
     */
    static long whole(CheckInputs inputs, String input, int index, BigDecimal value) {
        return at(inputs, input, index, () -> {
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(value.toPlainString() + " must be a whole number", e);
            }
        });
    }

    /**
     * Requires the fields of a second table ({@link Field#TABLE}) to have as many cells each.
     *
     * @param inputs the inputs
     * @param first  one field of the table
     * @param second another
     * @throws IllegalArgumentException naming both and their lengths when they differ
     */
    static void sameLength(CheckInputs inputs, String first, String second) {
        int a = inputs.cells(first).size();
        int b = inputs.cells(second).size();
        if (a != b) {
            throw new IllegalArgumentException("input." + first + " has " + a + " cell(s) but input." + second + " has "
                    + b + "; the two columns of one table must be as long");
        }
    }

    /**
     * A money figure as the one value of a one-cell output.
     *
     * @param amount the amount
     * @return its pounds, exactly, in a one-element list
     */
    static List<BigDecimal> pounds(MonetaryAmount amount) {
        return List.of(Gbp.pounds(amount));
    }

    /**
     * A yes/no as the number a computed cell is compared with: {@link #YES} (1) or {@link #NO} (0).
     *
     * @param yes the answer
     * @return 1 or 0
     */
    static BigDecimal flag(boolean yes) {
        return yes ? YES : NO;
    }
}
