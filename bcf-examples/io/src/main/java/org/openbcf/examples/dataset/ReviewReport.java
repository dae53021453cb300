package org.openbcf.examples.dataset;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvSafety;
import org.openbcf.examples.io.RecordWriter;
import org.openbcf.examples.table.TextTable;
import org.openbcf.review.Board;
import org.openbcf.review.DatasetReview;

/**
 * Formats reviews: as text (one table per section, then its findings) or as records, one row per
 * figure and per finding, in the columns {@link #COLUMNS}, for CSV and JSON. It formats only: every
 * figure and finding comes from the {@link DatasetReview}.
 *
 * @since 0.1.0
 */
public final class ReviewReport {

    /** The record columns: one row per figure, finding and summary value. */
    public static final List<String> COLUMNS = List.of("board", "year", "section", "item", "value", "severity", "rule");

    /** The section name of the summary rows of a multi-board review. */
    public static final String SUMMARY = "Summary";

    private ReviewReport() {
    }

    /**
     * Prints one review as text.
     *
     * @param review the review, not null
     * @param out    where to print, not null
     */
    public static void text(DatasetReview review, PrintWriter out) {
        Checks.notNull(review, "review");
        Checks.notNull(out, "out");
        String heading = shown(review.dataset().board().toString()) + " (dataset " + shown(review.dataset().source()) + ")";
        out.println(heading);
        out.println("=".repeat(heading.length()));
        for (DatasetReview.Section section : review.sections()) {
            out.println();
            out.println(section.title());
            out.println("-".repeat(section.title().length()));
            TextTable table = new TextTable("Item", "Value");
            for (DatasetReview.Line line : section.lines()) {
                table.row(line.item(), text(line.value()));
            }
            table.print(out);
            for (Finding f : section.findings()) {
                out.println("  " + f);
            }
        }
        out.println();
        out.println(verdict(review));
    }

    /**
     * The one-line verdict, e.g. {@code Lewisham 2025/26: passes (0 errors, 0 warnings, 2 notes)}.
     *
     * @param review the review, not null
     * @return the line, never null
     */
    public static String verdict(DatasetReview review) {
        return shown(review.dataset().board().toString()) + ": " + (review.passes() ? "passes" : "does not pass") + " ("
                + counts(review) + ")";
    }

    /**
     * How many findings of each severity a review has, e.g. {@code 0 errors, 7 warnings, 2 notes}.
     *
     * @param review the review, not null
     * @return the counts, never null
     */
    public static String counts(DatasetReview review) {
        DatasetReview.Summary s = review.summary();
        return s.errors() + (s.errors() == 1 ? " error, " : " errors, ") + s.warnings()
                + (s.warnings() == 1 ? " warning, " : " warnings, ") + s.infos() + (s.infos() == 1 ? " note" : " notes");
    }

    /**
     * Prints the one-row-per-board summary table of several reviews.
     *
     * @param reviews the reviews, not null
     * @param out     where to print, not null
     */
    public static void summaryText(List<DatasetReview> reviews, PrintWriter out) {
        TextTable table = new TextTable("Board", "Year", "Pooled fund", "ASC from NHS minimum", "NHS out-of-hospital",
                "Errors", "Warnings", "Notes");
        for (DatasetReview review : reviews) {
            DatasetReview.Summary s = review.summary();
            table.row(shown(s.board()), s.year().toString(), money(s.pool()), money(s.socialCare()), money(s.outOfHospital()),
                    Integer.toString(s.errors()), Integer.toString(s.warnings()), Integer.toString(s.infos()));
        }
        String heading = SUMMARY + " (" + what(reviews) + ")";
        out.println(heading);
        out.println("=".repeat(heading.length()));
        table.print(out);
    }

    /** What a summary covers: {@code 2 boards}, or one board over its years, {@code Norfolk, 3 years}. */
    private static String what(List<DatasetReview> reviews) {
        List<String> boards = reviews.stream().map(r -> r.dataset().board().name()).distinct().toList();
        if (boards.size() == reviews.size()) {
            return boards.size() + (boards.size() == 1 ? " board" : " boards");
        }
        long years = reviews.stream().map(r -> r.dataset().board().year()).distinct().count();
        if (boards.size() == 1 && years == reviews.size()) {
            return boards.get(0) + ", " + years + " years";
        }
        return boards.size() + (boards.size() == 1 ? " board, " : " boards, ") + reviews.size() + " datasets";
    }

    /**
     * Writes one review as records: its figures, then its findings.
     *
     * @param review the review, not null
     * @param out    the writer, not null
     */
    public static void records(DatasetReview review, RecordWriter out) {
        String board = review.dataset().board().name();
        String year = review.dataset().board().year().toString();
        for (DatasetReview.Section section : review.sections()) {
            for (DatasetReview.Line line : section.lines()) {
                out.row(board, year, section.title(), line.item(), value(line.value()), null, null);
            }
            for (Finding f : section.findings()) {
                out.row(board, year, section.title(), f.where(), f.message(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                        f.ruleId());
            }
        }
    }

    /**
     * Names what a folder of datasets holds besides datasets, which the review does not read, e.g.
     * {@code Not read in boards/ (not datasets): README.md, notes/}.
     *
     * @param folder the folder of datasets as named, not null
     * @param names  the entries not read, not null
     * @param out    where to print, not null
     */
    public static void notReadText(String folder, List<String> names, PrintWriter out) {
        out.println("Not read in " + shown(folder) + " (not datasets): "
                + String.join(", ", names.stream().map(ReviewReport::shown).toList()));
    }

    /**
     * The record of {@link #notReadText}: section {@value #SUMMARY}, item {@code not read (not datasets)},
     * value the folder and its entries.
     *
     * @param folder the folder of datasets as named, not null
     * @param names  the entries not read, not null
     * @param out    where to write, not null
     */
    public static void notReadRecords(String folder, List<String> names, RecordWriter out) {
        out.row(null, null, SUMMARY, "not read (not datasets)", folder + ": " + String.join(", ", names), null, null);
    }

    /**
     * Writes the summary of several reviews as records: one row per board and figure.
     *
     * @param reviews the reviews, not null
     * @param out     the writer, not null
     */
    public static void summaryRecords(List<DatasetReview> reviews, RecordWriter out) {
        for (DatasetReview review : reviews) {
            DatasetReview.Summary s = review.summary();
            String year = s.year().toString();
            List<Object[]> rows = new ArrayList<>();
            s.pool().ifPresent(v -> rows.add(new Object[] {"pooled fund", value(v)}));
            s.socialCare().ifPresent(v -> rows.add(new Object[] {"adult social care from the NHS minimum", value(v)}));
            s.outOfHospital().ifPresent(v -> rows.add(new Object[] {"NHS-commissioned out-of-hospital", value(v)}));
            rows.add(new Object[] {"errors", (long) s.errors()});
            rows.add(new Object[] {"warnings", (long) s.warnings()});
            rows.add(new Object[] {"notes", (long) s.infos()});
            for (Object[] row : rows) {
                out.row(s.board(), year, SUMMARY, row[0], row[1], null, null);
            }
        }
    }

    /**
     * A name from the dataset as text shows it: on one line, and neutralised as the rows are when a
     * spreadsheet would read it as a formula ({@code =HYPERLINK(...)} prints {@code '=HYPERLINK(...)}).
     */
    private static String shown(String text) {
        return CsvSafety.neutralise(BadInputException.oneLine(text));
    }

    private static String money(Optional<MonetaryAmount> amount) {
        return amount.map(Gbp::format).orElse("-");
    }

    private static String text(Object value) {
        if (value instanceof MonetaryAmount amount) {
            return Gbp.format(amount);
        }
        return RecordWriter.text(value);
    }

    private static Object value(Object value) {
        if (value instanceof MonetaryAmount amount) {
            // two places however the amount was written (30000000.000 is 30000000.00); more only for fractions of a penny
            return new BigDecimal(Gbp.formatPlain(amount));
        }
        return value;
    }
}
