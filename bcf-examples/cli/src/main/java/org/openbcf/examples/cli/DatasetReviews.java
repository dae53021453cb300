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
import org.openbcf.examples.io.RecordWriter;
import org.openbcf.examples.report.ReviewHtml;
import org.openbcf.examples.report.ReviewXlsx;

/**
 * {@code bcf review}: each dataset named (a folder, a workbook, or a folder of datasets) read by
 * {@link DatasetReader#read(Path)} and reviewed with the rules of its year by
 * {@link DatasetReview#of(Dataset)}; every dataset is read before anything is written, so a bad one
 * stops the run with one line (exit 2). The reviews are written by {@link ReviewReport} (table, CSV,
 * JSON), {@link ReviewHtml} or {@link ReviewXlsx} (streamed, one dataset at a time, so a folder of many
 * stays in bounded memory), with every finding on standard error whatever the format.
 */
final class DatasetReviews {

    private DatasetReviews() {
    }

    /**
     * Runs {@code bcf review}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(ReviewCommand command) {
        OutputOptions output = command.output;
        Streams streams = command.streams();
        Map<Path, List<String>> notRead = new LinkedHashMap<>();
        List<Path> paths = expand(command.datasets, notRead);
        Format format = output.format();
        if (format == Format.XLSX) {
            return workbook(streams, output, paths);
        }
        List<Dataset> read = new ArrayList<>();
        for (Path path : paths) {
            read.add(DatasetReader.read(path));
        }
        List<DatasetReview> reviews = read.stream().map(DatasetReview::of).toList();
        boolean passes = reviews.stream().allMatch(DatasetReview::passes);
        if (format == Format.HTML) {
            try (Results results = Results.text(streams, output)) {
                StringWriter page = new StringWriter();
                ReviewHtml.write(reviews, page);
                results.text(page.toString());
                findings(results, reviews);
                results.commit();
            }
        } else if (format == Format.TABLE) {
            try (Results results = Results.of(streams, format, output, null)) {
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
            try (Results results = Results.of(streams, format, output, ReviewReport.COLUMNS)) {
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

    /**
     * The reviews as a workbook, streamed: each dataset is read, reviewed and written in turn and not
     * kept, so a folder of many stays in bounded memory. The writer goes over the datasets twice, every
     * one read before a row is written; the findings are reported on the first pass and printed once the
     * workbook is written.
     */
    private static int workbook(Streams streams, OutputOptions output, List<Path> paths) {
        if (output.output == null || output.output.equals("-")) {
            throw new BadInputException("--format xlsx writes a workbook: name the file with -o FILE.xlsx");
        }
        try (Results results = Results.findingsOnly(streams)) {
            boolean[] passes = {true};
            int[] pass = {0};
            ReviewXlsx.write(() -> {
                boolean first = pass[0]++ == 0;
                return paths.stream().map(path -> {
                    DatasetReview review = DatasetReview.of(DatasetReader.read(path));
                    if (first) {
                        passes[0] &= review.passes();
                        results.findings(paths.size() > 1 ? review.dataset().board().toString() : null, review.findings());
                    }
                    return review;
                }).iterator();
            }, Path.of(output.output));
            results.commit();
            return passes[0] ? ExitCode.OK : ExitCode.FINDINGS;
        }
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
