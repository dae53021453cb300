package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Where one calculation's inputs and outputs sit in a workbook: a Java properties file, e.g.
 * <pre>
 * calculation = income-and-expenditure
 * sheet = 5. I&amp;E
 * parameter.year = 2015/16
 * input.income.plan = C10:F10
 * input.income.pooledFund = H10
 * output.income.plan.annualTotal = G10
 * </pre>
 * {@code calculation} names one of {@link SpreadsheetCheck#calculations()}; {@code sheet} is the sheet
 * of every reference that does not name its own ({@code 'Other sheet'!B3}); {@code input.NAME} is a
 * cell or a one-row or one-column range holding an input; {@code output.NAME} the cells where the
 * spreadsheet computed an output (map only those the workbook has, at least one); {@code parameter.NAME}
 * a value the workbook does not hold. Any other key is refused, and the message lists the keys the
 * calculation knows, so a misspelt name cannot pass unnoticed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CheckMapping {

    private final String source;
    private final SheetCalculation calculation;
    private final Map<String, String> parameters;
    private final Map<String, List<SheetCell>> inputs;
    private final Map<String, List<SheetCell>> outputs;

    private CheckMapping(String source, SheetCalculation calculation, Map<String, String> parameters,
                         Map<String, List<SheetCell>> inputs, Map<String, List<SheetCell>> outputs) {
        this.source = source;
        this.calculation = calculation;
        this.parameters = parameters;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /**
     * Reads a mapping file (UTF-8 properties).
     *
     * @param file the file, not null
     * @return the mapping, never null
     * @throws BadInputException naming the file when it is missing, unreadable or does not fit its calculation
     */
    public static CheckMapping load(Path file) {
        Objects.requireNonNull(file, "file");
        String source = "mapping " + file.getFileName();
        try {
            if (Files.size(file) > 1 << 20) {
                throw new BadInputException(source + ": the file is larger than 1 MiB; a mapping is a few dozen lines");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (CharacterCodingException e) {
            throw new BadInputException(source + ": the file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": no readable file at " + file, e);
        }
    }

    /**
     * Parses mapping text.
     *
     * @param text   the properties text, not null
     * @param source how messages name it, e.g. {@code mapping p4p.properties}, not null
     * @return the mapping, never null
     * @throws BadInputException naming the source and key when the text does not fit its calculation
     */
    public static CheckMapping parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        KeysOnce properties = new KeysOnce();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(source + ": not a properties file (" + e.getMessage() + ")", e);
        }
        if (properties.repeated != null) {
            throw new BadInputException(source + ": key " + properties.repeated + " is given twice (lines "
                    + String.join(" and ", linesOf(text, properties.repeated)) + "); give each key once");
        }
        String name = properties.getProperty("calculation", "").strip();
        SheetCalculation calculation = Calculations.named(name).orElseThrow(() -> new BadInputException(
                source + ": calculation '" + name + "' must be one of " + Calculations.names()));
        String sheet = properties.getProperty("sheet");
        Map<String, Field> inputFields = byName(calculation.inputs());
        Map<String, Field> outputFields = byName(calculation.outputs());
        Map<String, Field> parameterFields = byName(calculation.parameters());
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, List<SheetCell>> inputs = new LinkedHashMap<>();
        Map<String, List<SheetCell>> outputs = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).strip();
            if (key.equals("calculation") || key.equals("sheet")) {
                continue;
            }
            if (key.startsWith("parameter.") && parameterFields.containsKey(key.substring(10))) {
                parameters.put(key.substring(10), value);
            } else if (key.startsWith("input.") && inputFields.containsKey(key.substring(6))) {
                inputs.put(key.substring(6), cells(source, key, value, sheet, inputFields.get(key.substring(6))));
            } else if (key.startsWith("output.") && outputFields.containsKey(key.substring(7))) {
                outputs.put(key.substring(7), cells(source, key, value, sheet, outputFields.get(key.substring(7))));
            } else {
                List<String> known = knownKeys(calculation);
                throw new BadInputException(source + ": unknown key '" + key + "' for calculation " + name
                        + nearest(key, known).map(n -> " (did you mean " + n + "?)").orElse("")
                        + "; known keys are " + String.join(", ", known));
            }
        }
        requireAll(source, "parameter.", parameterFields.keySet(), parameters.keySet(), List.of());
        requireAll(source, "input.", inputFields.keySet(), inputs.keySet(), calculation.optionalInputs());
        if (outputs.isEmpty()) {
            throw new BadInputException(source + ": no output.* key; name at least one cell the spreadsheet computed, "
                    + "from " + outputFields.keySet());
        }
        requireOneLength(source, inputFields, inputs, outputFields, outputs);
        return new CheckMapping(source, calculation, Map.copyOf(parameters), orderedBy(calculation.inputs(), inputs),
                orderedBy(calculation.outputs(), outputs));
    }

    private static List<SheetCell> cells(String source, String key, String value, String sheet, Field field) {
        List<SheetCell> cells;
        try {
            cells = SheetCell.parseRange(value, sheet);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source + ": " + key + ": " + e.getMessage(), e);
        }
        if (field.cells() > 0 && cells.size() != field.cells()) {
            throw new BadInputException(source + ": " + key + " = " + value + " names " + cells.size() + " cell(s); it needs "
                    + field.cells() + " (" + field.description() + ")");
        }
        return cells;
    }

    private static void requireAll(String source, String prefix, Iterable<String> declared, java.util.Set<String> given,
                                   List<String> optional) {
        for (String name : declared) {
            if (!given.contains(name) && !optional.contains(name)) {
                throw new BadInputException(source + ": " + prefix + name + " is missing");
            }
        }
    }

    private static void requireOneLength(String source, Map<String, Field> inputFields, Map<String, List<SheetCell>> inputs,
                                         Map<String, Field> outputFields, Map<String, List<SheetCell>> outputs) {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        inputs.forEach((name, cells) -> {
            if (inputFields.get(name).cells() == 0) {
                lengths.put("input." + name, cells.size());
            }
        });
        outputs.forEach((name, cells) -> {
            if (outputFields.get(name).cells() == 0) {
                lengths.put("output." + name, cells.size());
            }
        });
        if (lengths.values().stream().distinct().count() > 1) {
            throw new BadInputException(source + ": the register's ranges must all have the same number of rows; they have "
                    + lengths);
        }
    }

    private static Map<String, Field> byName(List<Field> fields) {
        Map<String, Field> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f));
        return map;
    }

    private static Map<String, List<SheetCell>> orderedBy(List<Field> fields, Map<String, List<SheetCell>> cells) {
        Map<String, List<SheetCell>> ordered = new LinkedHashMap<>();
        fields.stream().filter(f -> cells.containsKey(f.name())).forEach(f -> ordered.put(f.name(), cells.get(f.name())));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * The known key nearest to an unknown one (fewest edits), when near enough to be a likely typo: at
     * most a third of the key's letters, and at least two, differ (the same rule as
     * {@link org.openbcf.examples.io.Schema#nearest(String)} for column names).
     */
    static java.util.Optional<String> nearest(String key, List<String> known) {
        return org.openbcf.examples.io.Schema.nearest(key, known);
    }

    private static List<String> knownKeys(SheetCalculation calculation) {
        List<String> keys = new ArrayList<>(List.of("calculation", "sheet"));
        calculation.parameters().forEach(f -> keys.add("parameter." + f.name()));
        calculation.inputs().forEach(f -> keys.add("input." + f.name()));
        calculation.outputs().forEach(f -> keys.add("output." + f.name()));
        return keys;
    }

    /**
     * How messages name this mapping, e.g. {@code mapping p4p.properties}.
     *
     * @return the name, never null
     */
    public String source() {
        return source;
    }

    /**
     * The calculation's name, e.g. {@code p4p}.
     *
     * @return the name, never null
     */
    public String calculation() {
        return calculation.name();
    }

    /**
     * The output cells, by output name, in the calculation's order.
     *
     * @return an unmodifiable map, never null
     */
    public Map<String, List<SheetCell>> outputs() {
        return outputs;
    }

    /**
     * The input cells, by input name, in the calculation's order.
     *
     * @return an unmodifiable map, never null
     */
    public Map<String, List<SheetCell>> inputs() {
        return inputs;
    }

    SheetCalculation sheetCalculation() {
        return calculation;
    }

    Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return source + " (" + calculation.name() + ": " + inputs.size() + " inputs, " + outputs.size() + " outputs)";
    }

    /** Properties that remember the first key given twice (Properties itself keeps the last silently). */
    private static final class KeysOnce extends Properties {
        private static final long serialVersionUID = 1L;
        private String repeated;

        @Override
        public synchronized Object put(Object key, Object value) {
            Object earlier = super.put(key, value);
            if (earlier != null && repeated == null) {
                repeated = String.valueOf(key);
            }
            return earlier;
        }
    }

    /** The numbers of the lines that give a key (a logical line's first line; comments and continuations skipped). */
    private static List<String> linesOf(String text, String key) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean wasContinued = continued;
            int slashes = 0;
            for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
                slashes++;
            }
            continued = slashes % 2 == 1;
            String stripped = line.stripLeading();
            if (wasContinued || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < stripped.length() && "=: \t\f".indexOf(stripped.charAt(end)) < 0) {
                end += stripped.charAt(end) == '\\' ? 2 : 1;
            }
            if (stripped.substring(0, Math.min(end, stripped.length())).equals(key)) {
                found.add(String.valueOf(i + 1));
            }
        }
        return found;
    }
}
