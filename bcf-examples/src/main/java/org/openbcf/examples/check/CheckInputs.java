package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import java.math.BigDecimal;
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
            for (SheetCell cell : where) {
                SavedValue value = values.get(cell);
                switch (field.kind()) {
                    case NUMBER -> required.add(number(source, cell, value, field));
                    case COUNT -> required.add(count(source, cell, value, field));
                    case OPTIONAL_NUMBER -> optional.add(isAbsent(value) ? Optional.empty() : Optional.of(number(source, cell, value, field)));
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

    private static BigDecimal count(String source, SheetCell cell, SavedValue value, Field field) {
        BigDecimal number = number(source, cell, value, field);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new BadInputException(source + ": " + cell + " holds " + value.describe()
                    + " where a whole number is needed (" + field.name() + ": " + field.description() + ")");
        }
        return number;
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
     * The numbers of a {@link Field.Kind#NUMBER} input, in cell order.
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
     * The numbers of a {@link Field.Kind#OPTIONAL_NUMBER} input, empty where the cell is blank.
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
