package org.openbcf.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;

import picocli.CommandLine.Option;

/**
 * The Fingertips "all data" CSV export as it is downloaded (header {@code Indicator ID,Indicator Name,
 * Parent Code,…,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI
 * 95.0 limit,…,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,…}; the
 * comparator column's name follows the comparator chosen on the site, e.g. {@code Compared to Region value
 * or percentiles}), and the options that pick one indicator, area type, sex, age and period from it.
 *
 * <p>Rows of a breakdown (a non-empty {@code Category Type}, e.g. deprivation deciles) are left out.
 * The England row (area type {@code England}, code {@code E92000001}) is the benchmark. When the rows
 * left hold more than one indicator, sex, age, period or area type, the run stops and names the
 * choices, so an area never appears twice.
 */
final class FingertipsExport {

    /** The export's columns, besides the comparator column whose name varies. */
    static final Schema SCHEMA = Schema.of("area code", "area name", "area type", "sex", "age", "time period", "value",
            "lower ci 95.0 limit", "upper ci 95.0 limit").optional("indicator id", "indicator name", "parent code",
            "parent name", "category type", "category", "lower ci 99.8 limit", "upper ci 99.8 limit", "count",
            "denominator", "value note", "recent trend", "compared to percentiles", "time period sortable",
            "new data", "compared to goal", "time period range");

    /** England's area code. */
    static final String ENGLAND = "E92000001";

    /** The most rows held after the options have picked them. */
    static final int MAX_ROWS = 100_000;

    /** The options that pick the rows, as a picocli mixin. */
    static final class Selection {

        @Option(names = "--fingertips", description = "FILE is a Fingertips \"all data\" CSV export, as downloaded.")
        boolean fingertips;

        @Option(names = "--indicator", paramLabel = "<id or name>",
                description = "With --fingertips: the indicator (its ID, e.g. 22401, or its name).")
        String indicator;

        @Option(names = "--area-type", paramLabel = "<type>",
                description = "With --fingertips: the area type, e.g. \"Counties & UAs (from Apr 2023)\".")
        String areaType;

        @Option(names = "--sex", paramLabel = "<sex>", description = "With --fingertips: the sex, e.g. Persons.")
        String sex;

        @Option(names = "--age", paramLabel = "<age>", description = "With --fingertips: the age, e.g. \"65+ yrs\".")
        String age;

        @Option(names = "--period", paramLabel = "<period>", description = "With --fingertips: the time period, e.g. 2022/23.")
        String period;

        /** Refuses a selection option without {@code --fingertips}. */
        void check() {
            if (!fingertips && (indicator != null || areaType != null || sex != null || age != null || period != null)) {
                throw new BadInputException("--indicator, --area-type, --sex, --age and --period pick rows of a Fingertips"
                        + " export: give --fingertips too");
            }
        }
    }

    /**
     * One area of the export.
     *
     * @param code        the area code
     * @param name        the area name
     * @param value       the value, or null when the file has none (suppressed)
     * @param limits      lower and upper 95%, lower and upper 99.8% (NaN when empty)
     * @param count       the count, or null
     * @param denominator the denominator, or null
     * @param label       the file's own comparison with its comparator (e.g. Better), may be empty
     * @param note        the file's value note, may be empty
     * @param row         the row, for messages
     */
    record Area(String code, String name, BigDecimal value, double[] limits, BigDecimal count, BigDecimal denominator,
                String label, String note, Row row) {
    }

    /**
     * The areas picked from the export, and England's row.
     *
     * @param areas      the areas of the chosen area type, in file order
     * @param england    England's row, or null when the file has none for the selection
     * @param comparator the comparator column's header, e.g. {@code Compared to England value or percentiles}, or null
     */
    record Picked(List<Area> areas, Area england, String comparator) {
    }

    private FingertipsExport() {
    }

    /**
     * Reads an export and picks its rows.
     *
     * @param file      the file
     * @param stdin     standard input
     * @param selection the options
     * @return the picked areas
     */
    static Picked read(InputFile file, InputStream stdin, Selection selection) {
        BufferedReader reader = new BufferedReader(file.open(stdin), 1 << 16);
        String comparator;
        try {
            reader.mark(1 << 16);
            String header = reader.readLine();
            reader.reset();
            comparator = comparator(header);
        } catch (IOException e) {
            closeQuietly(reader);
            // reset fails only past the mark: a header line longer than 64 KiB is not an export's
            throw new BadInputException(file.name() + " row 1: cannot read the header of a Fingertips export ("
                    + e.getMessage() + ")", e);
        }
        Schema schema = comparator == null ? SCHEMA
                : SCHEMA.optional(Schema.canonical(comparator));
        List<Row> rows = new ArrayList<>();
        try (CsvInput in = CsvInput.read(reader, file.name(), schema)) {
            for (Row row : in) {
                if (in.has("category type") && !row.text("category type").isBlank()) {
                    continue;
                }
                if (!matches(selection.indicator, row, "indicator id") && !matches(selection.indicator, row, "indicator name")
                        || !matches(selection.sex, row, "sex") || !matches(selection.age, row, "age")
                        || !matches(selection.period, row, "time period")) {
                    continue;
                }
                boolean england = ENGLAND.equalsIgnoreCase(row.text("area code").strip());
                if (!england && !matches(selection.areaType, row, "area type")) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new BadInputException(file.name() + ": more than " + MAX_ROWS + " rows are picked: choose with"
                            + " --indicator, --area-type, --sex, --age and --period");
                }
                rows.add(row);
            }
        }
        String source = file.name();
        one(rows, "indicator id", "indicators", "--indicator", source, false);
        one(rows, "sex", "sexes", "--sex", source, false);
        one(rows, "age", "ages", "--age", source, false);
        one(rows, "time period", "periods", "--period", source, false);
        one(rows, "area type", "area types", "--area-type", source, true);
        Area england = null;
        List<Area> areas = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        String label = comparator == null ? null : Schema.canonical(comparator);
        for (Row row : rows) {
            Area area = area(row, label);
            if (ENGLAND.equalsIgnoreCase(area.code())) {
                england = area;
                if (selection.areaType == null || !matches(selection.areaType, row, "area type")) {
                    continue;
                }
            }
            if (!codes.add(area.code().toUpperCase(Locale.ROOT))) {
                throw new BadInputException(row.where("area code") + ": area " + area.code() + " appears twice in the rows"
                        + " picked; choose with --indicator, --area-type, --sex, --age and --period");
            }
            areas.add(area);
        }
        return new Picked(areas, england, comparator);
    }

    /** The comparator column's header (the first "Compared to … value or percentiles"), or null. */
    static String comparator(String header) {
        if (header == null) {
            return null;
        }
        for (String cell : header.split(",")) {
            String name = cell.strip();
            if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            String canonical = Schema.canonical(name);
            if (canonical.startsWith("compared to ") && !SCHEMA.knows(canonical)) {
                return name;
            }
        }
        return null;
    }

    private static boolean matches(String wanted, Row row, String column) {
        return wanted == null || !row.has(column) || row.text(column).strip().equalsIgnoreCase(wanted.strip());
    }

    /** Refuses rows that still hold more than one value of a column (England's row aside for area types). */
    private static void one(List<Row> rows, String column, String plural, String option, String source,
                            boolean withoutEngland) {
        Set<String> seen = new LinkedHashSet<>();
        for (Row row : rows) {
            if (!row.has(column) || withoutEngland && ENGLAND.equalsIgnoreCase(row.text("area code").strip())) {
                continue;
            }
            seen.add(row.text(column).strip());
        }
        if (seen.size() > 1) {
            List<String> shown = new ArrayList<>(seen).subList(0, Math.min(seen.size(), 6));
            throw new BadInputException(source + " holds " + seen.size() + " " + plural + " (" + String.join("; ", shown)
                    + (seen.size() > shown.size() ? "; …" : "") + "): pick one with " + option);
        }
    }

    private static Area area(Row row, String label) {
        double[] limits = new double[4];
        String[] columns = {"lower ci 95.0 limit", "upper ci 95.0 limit", "lower ci 99.8 limit", "upper ci 99.8 limit"};
        for (int i = 0; i < limits.length; i++) {
            limits[i] = !row.has(columns[i]) || row.text(columns[i]).isBlank() ? Double.NaN
                    : row.decimal(columns[i]).doubleValue();
        }
        return new Area(row.required("area code").strip(), row.text("area name").strip(), optional(row, "value"), limits,
                optional(row, "count"), optional(row, "denominator"),
                label == null || !row.has(label) ? "" : row.text(label).strip(),
                row.has("value note") ? row.text("value note").strip() : "", row);
    }

    private static BigDecimal optional(Row row, String column) {
        return !row.has(column) || row.text(column).isBlank() ? null : row.decimal(column);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
