package org.openbcf.examples.check;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;
import org.openbcf.examples.io.BadInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inputs of one check, read from a workbook and checked against their fields' kinds: a text in a
 * number's cell is refused here, with the cell and the field named, before anything is computed.
 */
final class CheckInputs {

    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /** How far from a whole number a saved count may be: a double's noise, never a fraction of an admission. */
    static final BigDecimal COUNT_NOISE = new BigDecimal("1E-9");

    private final List<InputRounding> roundings = new ArrayList<>();

    private final Map<String, String> parameters;
    private final Map<String, List<BigDecimal>> numbers = new HashMap<>();
    private final Map<String, List<Optional<BigDecimal>>> optionalNumbers = new HashMap<>();
    private final Map<String, List<String>> texts = new HashMap<>();
    private final Map<String, List<SheetCell>> cells;

    CheckInputs(String source, Map<String, String> parameters, Map<String, List<SheetCell>> cells,
                Map<String, Field> fields, Map<SheetCell, SavedValue> values) {
        this.parameters = Map.copyOf(parameters);
        this.cells = Map.copyOf(cells);
        cells.forEach((name, where) -> {
            Field field = fields.get(name);
            List<BigDecimal> required = new ArrayList<>();
            List<Optional<BigDecimal>> optional = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (int i = 0; i < where.size(); i++) {
                SheetCell cell = where.get(i);
                SavedValue value = values.get(cell);
                String input = where.size() == 1 ? name : name + "[" + (i + 1) + "]";
                switch (field.kind()) {
                    case NUMBER -> required.add(money(source, cell, value, field, input));
                    case COUNT -> required.add(count(source, cell, value, field, input));
                    case OPTIONAL_NUMBER -> optional.add(isAbsent(value) ? Optional.empty()
                            : Optional.of(money(source, cell, value, field, input)));
                    case DECIMAL -> required.add(decimal(source, cell, value, field, input));
                    case OPTIONAL_DECIMAL -> optional.add(isAbsent(value) ? Optional.empty()
                            : Optional.of(decimal(source, cell, value, field, input)));
                    default -> text.add(text(value));
                }
            }
            numbers.put(name, List.copyOf(required));
            optionalNumbers.put(name, List.copyOf(optional));
            texts.put(name, List.copyOf(text));
        });
    }

    private static boolean isAbsent(SavedValue value) {
        return value instanceof SavedValue.Blank || value instanceof SavedValue.Text t && (t.value().isBlank()
                || DASHES.contains(t.value().strip()));
    }

    private static BigDecimal number(String source, SheetCell cell, SavedValue value, Field field) {
        if (value instanceof SavedValue.Number n) {
            return n.value();
        }
        throw new BadInputException(source + ": " + cell + " holds " + value.describe()
                + " where a number is needed (" + field.name() + ": " + field.description() + ")");
    }

    /**
     * A number no larger (in size) than openbcf's input limit for its kind ({@link InputLimits}: £1,000,000,000
     * for money, 1,000,000,000 for counts), refused here naming the cell, before the library refuses the same
     * value without knowing where it came from (issue 17: agreed payments of 50,000,000,000,000,000.00).
     */
    private static BigDecimal withinLimit(String source, SheetCell cell, SavedValue value, Field field, long limit,
                                          String largest) {
        BigDecimal saved = number(source, cell, value, field);
        if (saved.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new BadInputException(source + ": " + cell + " holds " + value.describe() + ", more than the largest "
                    + largest + ", the input limit (" + field.name() + ": " + field.description() + ")");
        }
        return saved;
    }

    /**
     * Money as the check uses it: the saved double rounded half-up to the penny (a workbook's
     * {@code 0.30000000000000004} is £0.30), the rounding noted. Rule: issue 14, "money read from a
     * cell is rounded half-up to the penny"; BigDecimal on the saved text, never double arithmetic.
     */
    private BigDecimal money(String source, SheetCell cell, SavedValue value, Field field, String input) {
        BigDecimal saved = withinLimit(source, cell, value, field, InputLimits.MAX_AMOUNT_POUNDS,
                "amount openbcf accepts (" + Gbp.formatPence(InputLimits.MAX_AMOUNT_PENCE) + ")");
        BigDecimal pennies = saved.setScale(CellComparison.SCALE, RoundingMode.HALF_UP);
        if (pennies.compareTo(saved) != 0) {
            roundings.add(new InputRounding(cell, input, saved, pennies));
        }
        return pennies;
    }

    /** The significant digits a spreadsheet shows of a number: 15 (Excel's display precision). */
    static final MathContext SHOWN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    /**
     * A number that is not money (a percentage, a share, a weight): the saved double read to the 15
     * significant digits a spreadsheet shows, half-up ({@code 0.30000000000000004} is 0.3), the rounding
     * noted. Rule: the dataset format's reading of workbook numbers ("A workbook's number cells are read
     * to Excel's 15 significant digits, half-up"), applied to the check's non-money inputs.
     */
    private BigDecimal decimal(String source, SheetCell cell, SavedValue value, Field field, String input) {
        BigDecimal saved = number(source, cell, value, field);
        BigDecimal shown = saved.round(SHOWN_DIGITS).stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        if (shown.compareTo(saved) != 0) {
            roundings.add(new InputRounding(cell, input, saved, shown));
        }
        return shown;
    }

    /**
     * A count: the saved number must be within {@link #COUNT_NOISE} of a whole number, which it is
     * read as (the rounding noted); anything further is refused, naming the cell.
     */
    private BigDecimal count(String source, SheetCell cell, SavedValue value, Field field, String input) {
        BigDecimal saved = withinLimit(source, cell, value, field, InputLimits.MAX_COUNT,
                "count openbcf accepts (" + InputLimits.MAX_COUNT + ")");
        BigDecimal whole = saved.setScale(0, RoundingMode.HALF_UP);
        if (whole.subtract(saved).abs().compareTo(COUNT_NOISE) > 0) {
            throw new BadInputException(source + ": " + cell + " holds " + value.describe()
                    + " where a whole number is needed (" + field.name() + ": " + field.description()
                    + "; a count may differ from a whole number by at most 1E-9, a spreadsheet's rounding noise)");
        }
        if (whole.compareTo(saved) != 0) {
            roundings.add(new InputRounding(cell, input, saved, whole));
        }
        return whole;
    }

    /**
     * Every input read as a value other than the one saved, in the order read.
     *
     * @return the roundings, never null
     */
    List<InputRounding> roundings() {
        return List.copyOf(roundings);
    }

    private static String text(SavedValue value) {
        if (value instanceof SavedValue.Text t) {
            return t.value();
        }
        if (value instanceof SavedValue.Number n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof SavedValue.Error e) {
            return e.code();
        }
        return "";
    }

    /**
     * A parameter from the mapping file.
     *
     * @param name the parameter's name, e.g. {@code year}
     * @return its value, never null
     */
    String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * Whether the mapping names an input.
     *
     * @param name the input's name
     * @return true when mapped
     */
    boolean has(String name) {
        return cells.containsKey(name);
    }

    /**
     * The numbers of a {@link Field.Kind#NUMBER} or {@link Field.Kind#DECIMAL} input, in cell order.
     *
     * @param name the input's name
     * @return the numbers, never null
     */
    List<BigDecimal> numbers(String name) {
        return numbers.getOrDefault(name, List.of());
    }

    /**
     * The whole numbers of a {@link Field.Kind#COUNT} input, in cell order.
     *
     * @param name the input's name
     * @return the counts, never null
     * @throws ArithmeticException when a count does not fit in a long
     */
    List<Long> counts(String name) {
        return numbers(name).stream().map(BigDecimal::longValueExact).toList();
    }

    /**
     * The numbers of a {@link Field.Kind#OPTIONAL_NUMBER} or {@link Field.Kind#OPTIONAL_DECIMAL} input,
     * empty where the cell is blank.
     *
     * @param name the input's name
     * @return the numbers, never null
     */
    List<Optional<BigDecimal>> optionalNumbers(String name) {
        return optionalNumbers.getOrDefault(name, List.of());
    }

    /**
     * The texts of a {@link Field.Kind#TEXT} input, in cell order.
     *
     * @param name the input's name
     * @return the texts, never null
     */
    List<String> texts(String name) {
        return texts.getOrDefault(name, List.of());
    }

    /**
     * The cells an input was read from.
     *
     * @param name the input's name
     * @return the cells, never null
     */
    List<SheetCell> cells(String name) {
        return cells.getOrDefault(name, List.of());
    }
}
