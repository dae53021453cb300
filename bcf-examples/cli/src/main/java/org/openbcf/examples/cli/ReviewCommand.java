package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.openbcf.review.Dataset;
import org.openbcf.examples.dataset.DatasetFormat;
import org.openbcf.examples.dataset.DatasetReader;
import org.openbcf.review.DatasetReview;
import org.openbcf.examples.dataset.ReviewReport;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.Output;
import org.openbcf.examples.io.RecordWriter;
import org.openbcf.examples.report.ReviewHtml;
import org.openbcf.examples.report.ReviewXlsx;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf review}: reviews one or more BCF datasets with the rules of each one's year. Every
 * dataset is read before anything is written, so a bad one stops the run with one line (exit 2) and
 * nothing is printed. A workbook ({@code --format xlsx}) is written from one dataset at a time, none
 * kept, so a folder of many stays in bounded memory.
 *
 * @since 0.1.0
 */
@Command(name = "review", mixinStandardHelpOptions = true, defaultValueProvider = OutputOptions.TableByDefault.class,
        description = {"Review BCF datasets with the rules of their year.",
            "The review covers the pool, the expenditure plan and its derived minimums against the year's floors, income and expenditure, national conditions, metrics, risks, payment for performance and the Discharge Fund.",
            "Findings (an incomplete dataset's checklist first) also go one per line to standard error.",
            "--format html writes one self-contained page for a board paper (the summary first for several datasets); --format xlsx -o FILE.xlsx writes a workbook with a sheet per section and the findings.",
            "A DATASET is one board's plan or return for one year: a folder with board.csv and optional files, an .xlsx workbook with one sheet per file, or a folder of datasets (then a summary row per board follows).",
            "Exit 0 no warning or error, 1 at least one (notes do not count), 2 an unusable dataset."},
        footerHeading = "%nExample:%n",
        footer = {"  bcf init --year 2025/26 lewisham", "  bcf review lewisham", "  bcf review --format csv boards/",
            "  bcf review lewisham --format html -o report.html", "  bcf review boards/ --format xlsx -o review.xlsx"})
public final class ReviewCommand extends Subcommand {

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "A dataset folder, an .xlsx dataset, or a folder of datasets.")
    List<Path> datasets;

    @Override
    public Integer call() {
        Map<Path, List<String>> notRead = new LinkedHashMap<>();
        List<Path> paths = expand(datasets, notRead);
        Format format = output.format();
        if (format == Format.XLSX) {
            if (output.output == null || output.output.equals("-")) {
                throw new BadInputException("--format xlsx writes a workbook: name the file with -o FILE.xlsx");
            }
            // streamed: each dataset is read, reviewed and written in turn and not kept, so a folder of
            // many stays in bounded memory; the writer goes over them twice, every one read before a row is written
            boolean[] passes = {true};
            ReviewXlsx.write(() -> paths.stream().map(path -> {
                DatasetReview review = DatasetReview.of(DatasetReader.read(path));
                passes[0] &= review.passes();
                return review;
            }).iterator(), Path.of(output.output));
            return passes[0] ? ExitCode.OK : ExitCode.FINDINGS;
        }
        List<Dataset> read = new ArrayList<>();
        for (Path path : paths) {
            read.add(DatasetReader.read(path));
        }
        List<DatasetReview> reviews = read.stream().map(DatasetReview::of).toList();
        boolean passes = reviews.stream().allMatch(DatasetReview::passes);
        if (format == Format.HTML) {
            try (Output out = output.open(streams())) {
                ReviewHtml.write(reviews, out.writer());
                out.commit();
            }
        } else if (format == Format.TABLE) {
            try (Results results = Results.of(streams(), format, output, null)) {
                StringWriter text = new StringWriter();
                PrintWriter out = new PrintWriter(text);
                for (DatasetReview review : reviews) {
                    ReviewReport.text(review, out);
                    out.println();
                }
                if (reviews.size() > 1) {
                    ReviewReport.summaryText(reviews, out);
                }
                notRead.forEach((folder, names) -> ReviewReport.notReadText(folder.toString(), names, out));
                out.flush();
                results.text(text.toString());
                findings(results, reviews);
                results.commit();
            }
        } else {
            try (Results results = Results.of(streams(), format, output, ReviewReport.COLUMNS)) {
                RecordWriter records = results.records();
                for (DatasetReview review : reviews) {
                    ReviewReport.records(review, records);
                }
                if (reviews.size() > 1) {
                    ReviewReport.summaryRecords(reviews, records);
                }
                notRead.forEach((folder, names) -> ReviewReport.notReadRecords(folder.toString(), names, records));
                findings(results, reviews);
                results.commit();
            }
        }
        return passes ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** Every finding, notes included, one line each on standard error and in JSON {@code findings}, as every command. */
    private static void findings(Results results, List<DatasetReview> reviews) {
        for (DatasetReview review : reviews) {
            results.findings(reviews.size() > 1 ? review.dataset().board().toString() : null, review.findings());
        }
    }

    /**
     * The datasets named: a folder without board.csv holds datasets (folders with CSV files, or .xlsx
     * files); every other entry of such a folder but a hidden one is named in {@code notRead}, by folder.
     */
    static List<Path> expand(List<Path> paths, Map<Path, List<String>> notRead) {
        List<Path> all = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path) && !Files.exists(path.resolve(DatasetFormat.fileName(DatasetFormat.BOARD)))) {
                List<Path> inside = new ArrayList<>();
                List<String> others = new ArrayList<>();
                try (Stream<Path> children = Files.list(path)) {
                    children.sorted().forEach(c -> {
                        if (holdsCsv(c) || c.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                            inside.add(c);
                        } else if (!c.getFileName().toString().startsWith(".")) {
                            others.add(c.getFileName() + (Files.isDirectory(c) ? "/" : ""));
                        }
                    });
                } catch (IOException e) {
                    throw new BadInputException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
                }
                if (inside.isEmpty()) {
                    throw new BadInputException(path + ": not a dataset (no board.csv) and holds no datasets");
                }
                if (!others.isEmpty()) {
                    notRead.put(path, List.copyOf(others));
                }
                all.addAll(inside);
            } else {
                all.add(path);
            }
        }
        return all;
    }

    /**
     * Whether a folder inside a folder of datasets is one: it holds a CSV file in any case
     * ({@code Board.csv} too), so that the dataset reader names what is wrong with it rather than the
     * board being left out without a word.
     */
    private static boolean holdsCsv(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }
}
