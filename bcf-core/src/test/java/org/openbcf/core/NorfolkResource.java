package org.openbcf.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Norfolk's figures for the builders of bcf-core, read from their one copy: the files of bcf-examples
 * under {@code src/main/resources/norfolk-data/} (the demo's data and the datasets). Tab-separated
 * files are split as the input layer of bcf-examples ({@code TextRows}) splits them: blank lines and
 * lines starting with {@code #} skipped, fields split on tabs.
 */
public final class NorfolkResource {

    /** Where bcf-examples keeps Norfolk's data, from the bcf-core module folder the tests run in. */
    public static final Path DATA = Path.of("..", "bcf-examples", "cli", "src", "main", "resources", "norfolk-data");

    private NorfolkResource() {
    }

    /**
     * The records of a tab-separated file.
     *
     * @param name the file name, e.g. {@code schemes-2016.tsv}
     * @return the records, each its fields
     */
    public static List<List<String>> records(String name) {
        try {
            return split(Files.readString(DATA.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 2022-23 ASC Discharge Fund tab from the Norfolk 2022-23 dataset's {@code discharge-fund.csv},
     * in the tab's own layout: the header row, the scheme rows, and the four summary lines as label and
     * amount.
     *
     * @return the records, each its fields
     */
    public static List<List<String>> dischargeFund2022() {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("Scheme Name", "Scheme Type", "Sub Types", "Planned Expenditure", "Actual Expenditure",
                "Actual Number of Packages", "Unit of Measure", "Did you make any changes to planned spending?",
                "If yes, please explain why", "Did the scheme have the intended impact?",
                "If yes, please explain how, if not, why was this not possible and any learning",
                "Do you have any learning from this scheme?"));
        Path file = DATA.resolve("datasets/norfolk-2022-23/discharge-fund.csv");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord row : parser) {
                if (org.openbcf.core.discharge.DischargeFundTable.isSummaryLine(row.get("scheme_name"))) {
                    records.add(List.of(row.get("scheme_name"), row.get("planned")));
                } else {
                    records.add(row.toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /**
     * The records of tab-separated text.
     *
     * @param text the text
     * @return the records, each its fields
     */
    public static List<List<String>> split(String text) {
        List<List<String>> records = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                records.add(Arrays.asList(line.split("\t", -1)));
            }
        }
        return records;
    }
}
