package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;

/**
 * The CSV files of {@code bcf risk}: input {@code id,likelihood,impact[,stated_score]}, output
 * {@code id,likelihood,impact,score,band,finding}.
 *
 * <p>Rows are numbered as a spreadsheet numbers them: the header is row 1. A level or stated score
 * that is not a whole number, a level below 1, a missing or extra column, a blank or repeated id is
 * bad input ({@link BadInputException}, one line naming row and column). A level above the matrix's
 * scale is not bad input: the register reports it as a finding (BCF reference, "Risk scores").
 */
public final class RiskCsv {

    /** The input columns; the last, {@code stated_score}, is optional. */
    public static final List<String> INPUT_HEADER = List.of("id", "likelihood", "impact", "stated_score");

    /** The output columns, exactly. */
    public static final List<String> OUTPUT_HEADER = List.of("id", "likelihood", "impact", "score", "band", "finding");

    private static final String EXPECTED = "id,likelihood,impact[,stated_score]";

    private RiskCsv() {
    }

    /**
     * Reads risks from CSV with the header {@code id,likelihood,impact} and an optional fourth column
     * {@code stated_score} (may be empty in a row).
     *
     * @param in     the CSV text, not null
     * @param source the file's name for messages, e.g. {@code risks.csv}; not null
     * @return the risks in input order, never null
     * @throws BadInputException when the CSV is not of that form, naming row and column
     */
    public static List<Risk> read(Reader in, String source) {
        List<Risk> risks = new ArrayList<>();
        Map<String, Long> rowOfId = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(in)) {
            int columns = -1;
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber();
                if (columns < 0) {
                    columns = checkHeader(record, source);
                    continue;
                }
                if (record.size() < columns) {
                    throw bad(source, row, "missing column " + INPUT_HEADER.get(record.size()));
                }
                if (record.size() > columns) {
                    throw bad(source, row, "unexpected value '" + record.get(columns) + "' in column " + (columns + 1)
                            + " (the header has " + columns + " columns)");
                }
                String id = record.get(0);
                if (id.isEmpty()) {
                    throw bad(source, row, "column id: must not be blank");
                }
                Long earlier = rowOfId.putIfAbsent(id, row);
                if (earlier != null) {
                    throw bad(source, row, "column id: " + id + " repeats the id of row " + earlier);
                }
                Risk risk = Risk.of(id, number(record, 1, Risk.MAX_LEVEL, source), number(record, 2, Risk.MAX_LEVEL, source));
                if (columns == 4 && !record.get(3).isEmpty()) {
                    risk = risk.withStatedScore(number(record, 3, Risk.MAX_SCORE, source));
                }
                risks.add(risk);
            }
            if (columns < 0) {
                throw new BadInputException(source + ": no header; the first row must be " + EXPECTED);
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw new BadInputException(source + (cause instanceof CharacterCodingException ? ": not UTF-8 text"
                    : ": not valid CSV: " + cause.getMessage()), e);
        }
        return risks;
    }

    private static int checkHeader(CSVRecord header, String source) {
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column).replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            if (column >= INPUT_HEADER.size()) {
                throw bad(source, 1, "unexpected column '" + header.get(column) + "'; the header must be " + EXPECTED);
            }
            if (!name.equals(INPUT_HEADER.get(column))) {
                throw bad(source, 1, "column " + (column + 1) + " must be " + INPUT_HEADER.get(column) + ", not '"
                        + header.get(column) + "'; the header must be " + EXPECTED);
            }
        }
        if (header.size() < 3) {
            throw bad(source, 1, "missing column " + INPUT_HEADER.get(header.size()) + "; the header must be " + EXPECTED);
        }
        return header.size();
    }

    private static int number(CSVRecord record, int column, int max, String source) {
        String text = record.get(column);
        String name = INPUT_HEADER.get(column);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad(source, record.getRecordNumber(), "column " + name + ": '" + text + "' is not a whole number");
        }
        if (value < 1 || value > max) {
            throw bad(source, record.getRecordNumber(), "column " + name + ": " + value + " must be between 1 and "
                    + String.format(Locale.UK, "%,d", max));
        }
        return (int) value;
    }

    private static BadInputException bad(String source, long row, String message) {
        return new BadInputException(source + " row " + row + ", " + message);
    }

    /**
     * Writes one row per risk, in input order: id, likelihood, impact, score, band (empty when none) and
     * finding (empty, or the findings' messages joined by {@code "; "}).
     *
     * @param register the scored register, not null
     * @param out      where to write, not null
     * @throws UncheckedIOException when writing fails
     */
    public static void write(RiskRegister register, Appendable out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out);
            printer.printRecord(OUTPUT_HEADER);
            for (ScoredRisk scored : register.scored()) {
                Risk risk = scored.risk();
                // the id and the findings' messages carry text from the input: neutralised for spreadsheets
                printer.printRecord(CsvSafety.neutralise(risk.id()), risk.likelihood(), risk.impact(), scored.score(),
                        scored.bandName(), CsvSafety.neutralise(scored.findings().stream().map(Finding::message)
                                .collect(Collectors.joining("; "))));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
