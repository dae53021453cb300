package org.openbcf.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.review.Dataset;
import org.openbcf.examples.dataset.DatasetFormat;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;

/**
 * Norfolk's published BCF figures, the one typed entry point to them: three datasets in the openbcf
 * dataset format embedded in the jar under {@code /norfolk-data/datasets/} (the 2015/16 quarterly
 * return, the 2016/17 plan and the 2022-23 year-end return; each folder's {@code SOURCES.md} gives
 * the source lines), read by the same {@link DatasetReader} as any board's dataset, and the files of
 * the worked examples that the dataset format does not hold (scheme templates, metric targets,
 * illustrative funnel areas). The seeds give no 2023-25 plan figures (the metric plans were still in
 * development, norfolk-2023-25 §0), so there is no 2023-25 dataset.
 *
 * @since 0.1.0
 */
public final class NorfolkData {

    /** Norfolk Health and Wellbeing Board, as the returns name it. */
    public static final String HWB = "Norfolk";

    /** The embedded datasets' folder. */
    public static final String DATASETS = "/norfolk-data/datasets/";

    /** The embedded datasets, in year order. */
    public static final List<String> DATASET_NAMES = List.of("norfolk-2015-16", "norfolk-2016-17", "norfolk-2022-23");

    /** The files of a dataset folder that describe its sources (not tables). */
    public static final String SOURCES = "SOURCES.md";

    /**
     * The datasets read so far, by folder name: each embedded dataset is read once per class loader
     * (a {@link Dataset} is immutable and the jar's data cannot change), so the demo's sections, which
     * each ask for the year they show, do not read the same files again.
     */
    private static final Map<String, Dataset> READ = new ConcurrentHashMap<>();

    private NorfolkData() {
    }

    private static Dataset readOnce(String name) {
        return READ.computeIfAbsent(name, n -> DatasetReader.embedded(DATASETS + n));
    }

    /**
     * Every embedded dataset, read, in year order. Each is read from the jar once and then shared.
     *
     * @return the datasets, never null
     */
    public static List<Dataset> datasets() {
        List<Dataset> all = new ArrayList<>();
        for (String name : DATASET_NAMES) {
            all.add(readOnce(name));
        }
        return all;
    }

    /**
     * The embedded dataset of a year.
     *
     * @param year 2015/16, 2016/17 or 2022/23; not null
     * @return the dataset, never null
     * @throws IllegalArgumentException for another year
     */
    public static Dataset dataset(FinancialYear year) {
        Checks.notNull(year, "year");
        String name = "norfolk-" + year.startYear() + "-" + String.format("%02d", (year.startYear() + 1) % 100);
        if (!DATASET_NAMES.contains(name)) {
            throw new IllegalArgumentException("no embedded Norfolk dataset for " + year + "; there are " + DATASET_NAMES);
        }
        return readOnce(name);
    }

    /**
     * The files of an embedded dataset, by name, as bytes: its CSV files and {@code SOURCES.md}
     * ({@code bcf demo --export} writes them out).
     *
     * @param name one of {@link #DATASET_NAMES}
     * @return the files, never null
     */
    public static Map<String, byte[]> files(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        DatasetFormat.FILES.keySet().forEach(t -> names.add(DatasetFormat.fileName(t)));
        names.add(SOURCES);
        for (String file : names) {
            try (InputStream in = NorfolkData.class.getResourceAsStream(DATASETS + name + "/" + file)) {
                if (in != null) {
                    files.put(file, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedded data " + name + "/" + file, e);
            }
        }
        return files;
    }

    /** The columns of {@code metric-targets-2016-17.csv}: the 2016/17 metric targets (G-16 to G-18). */
    public static final Schema METRIC_TARGETS = Schema.of("metric", "year", "base", "base_description",
            "reduction_percent", "rounding", "fixed_minimum", "profile", "target_source");

    /** The columns of {@code illustrative-funnel-areas.csv}: invented counts for the demo's funnel chart. */
    public static final Schema FUNNEL_AREAS = Schema.of("area", "to_usual_residence", "discharged");

    /** The columns of {@code risks-2016-details.csv}: each 2016 risk's scheme, description and mitigation. */
    public static final Schema RISK_DETAILS = Schema.of("id", "scheme", "description", "mitigation");

    /**
     * Reads an embedded worked-example CSV file through the input layer ({@link CsvInput}: {@code #}
     * starts a comment line; the first other row is the header, checked against the schema).
     *
     * @param name   the file name under {@code /norfolk-data/}, e.g. {@code metric-targets-2016-17.csv}
     * @param schema the file's columns, e.g. {@link #METRIC_TARGETS}; not null
     * @return the rows, never null
     * @throws IllegalStateException when the file is missing from the jar
     * @throws org.openbcf.examples.io.BadInputException when the file does not fit the schema
     */
    public static List<Row> read(String name, Schema schema) {
        try (CsvInput in = CsvInput.openCommented(InputFile.embedded("/norfolk-data/" + name), InputStream.nullInputStream(),
                schema)) {
            List<Row> rows = new ArrayList<>();
            in.forEach(rows::add);
            return rows;
        }
    }

    /**
     * The pooled fund of a year, as planned or as actually received.
     *
     * @param year  the financial year, not null
     * @param basis {@code plan} or {@code actual}
     * @return the fund, never null
     */
    public static PooledFund pooledFund(FinancialYear year, String basis) {
        Dataset dataset = dataset(year);
        return (basis.equals("actual") ? dataset.actualFund() : dataset.plannedFund())
                .orElseThrow(() -> new IllegalArgumentException("the Norfolk " + year + " dataset has no " + basis + " fund"));
    }

    /**
     * The spending plan of a year (2015/16).
     *
     * @param year the financial year, not null
     * @return the plan, never null
     */
    public static SpendingPlan spendingPlan(FinancialYear year) {
        return dataset(year).spending().orElseThrow(() -> new IllegalArgumentException("no " + year + " spending plan"));
    }

    /**
     * The income and expenditure ledger of a year (2015/16).
     *
     * @param year the financial year, not null
     * @return the ledger, never null
     */
    public static QuarterlyLedger ledger(FinancialYear year) {
        return dataset(year).ledger().orElseThrow(() -> new IllegalArgumentException("no " + year + " quarterly ledger"));
    }

    /**
     * Norfolk's 2015/16 payment-for-performance year.
     *
     * @return the series, never null
     */
    public static AdmissionsSeries paymentForPerformance() {
        return dataset(FinancialYear.parse("2015/16")).p4p().orElseThrow();
    }

    /**
     * Norfolk's 2015/16 P4P terms: £1,490 per non-elective admission (seed line 1797) and £16,295,000 of
     * performance and ring-fenced funds (seed line 1895), from the dataset's {@code board.csv}.
     *
     * @return the terms, never null
     */
    public static PerformanceTerms paymentForPerformanceTerms() {
        return dataset(FinancialYear.parse("2015/16")).board().paymentForPerformance().orElseThrow();
    }
}
