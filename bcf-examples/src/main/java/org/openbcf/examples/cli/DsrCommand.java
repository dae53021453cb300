package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openbcf.metrics.stats.AgeBand;
import org.openbcf.metrics.stats.DirectStandardisation;
import org.openbcf.metrics.stats.StandardPopulation;
import org.openbcf.metrics.stats.StandardisedRate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf dsr falls.csv}: a directly age-standardised rate (Dobson), input header
 * {@code age_band,count,population} with optional {@code standard_population} (ESP2013 by band label
 * when absent), output header {@code value,lower,upper}. Exit 1 with the reason on standard error when
 * the total count is under 10.
 */
@Command(name = "dsr", mixinStandardHelpOptions = true,
        description = "A directly age-standardised rate with Dobson limits (CSV: value,lower,upper).")
public final class DsrCommand implements Callable<Integer> {

    private static final String STANDARD = "standard_population";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV with age_band,count,population[,standard_population]")
    Path file;

    @Option(names = "--multiplier", defaultValue = "100000", description = "the scale (default 100000)")
    double multiplier;

    @Option(names = "--confidence", defaultValue = "0.95", description = "the level, e.g. 0.95 or 99.8% (default 0.95)")
    String confidence;

    @Override
    public Integer call() throws IOException {
        StandardisedRate rate = DirectStandardisation.rate(read(), multiplier, Options.confidence(confidence));
        PrintWriter out = spec.commandLine().getOut();
        out.println("value,lower,upper");
        if (rate.isSuppressed()) {
            spec.commandLine().getErr().println("dsr: " + file + ": suppressed: " + rate.suppressionReason().orElseThrow());
            return ExitCode.FINDINGS;
        }
        out.println(Options.csv(rate.estimate().orElseThrow()));
        return ExitCode.OK;
    }

    private List<AgeBand> read() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<AgeBand> bands = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of("age_band", "count", "population")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new BadInputException(file + ": header must name column " + column
                            + " (age_band,count,population[,standard_population])");
                }
            }
            boolean ownStandard = parser.getHeaderMap().containsKey(STANDARD);
            for (CSVRecord row : parser) {
                bands.add(band(row, ownStandard));
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("dsr: file " + file + " does not exist", e);
        }
        return bands;
    }

    private AgeBand band(CSVRecord row, boolean ownStandard) {
        // record numbers count data rows; the header is line 1
        String where = file + " line " + (row.getRecordNumber() + 1);
        String label = row.get("age_band");
        long count = row.get("count").isEmpty() ? 0 : whole(row, "count", where);
        long population = whole(row, "population", where);
        double weight;
        if (ownStandard) {
            weight = decimal(row, STANDARD, where);
        } else {
            try {
                weight = StandardPopulation.esp2013().weight(label);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + ", column age_band: " + e.getMessage(), e);
            }
        }
        try {
            return new AgeBand(label, count, population, weight);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static long whole(CSVRecord row, String column, String where) {
        return cell(row, column, where, Long::parseLong, "a whole number");
    }

    private static double decimal(CSVRecord row, String column, String where) {
        return cell(row, column, where, Double::parseDouble, "a number");
    }

    private static <T> T cell(CSVRecord row, String column, String where, Function<String, T> parser, String kind) {
        String text = value(row, column, where);
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ", column " + column + ": '" + text + "' is not " + kind, e);
        }
    }

    private static String value(CSVRecord row, String column, String where) {
        if (!row.isSet(column) || row.get(column).isEmpty()) {
            throw new BadInputException(where + ", column " + column + ": value is missing");
        }
        return row.get(column);
    }
}
