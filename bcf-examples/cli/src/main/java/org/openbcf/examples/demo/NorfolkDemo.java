package org.openbcf.examples.demo;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import org.openbcf.review.DatasetReview;
import org.openbcf.examples.dataset.ReviewReport;
import org.openbcf.examples.report.ReviewHtml;

/**
 * The Norfolk demo report: {@code bcf review} of Norfolk's datasets embedded in the jar, through the
 * same code path as any board's dataset, then the worked examples the dataset format does not hold
 * (the change between two years' pools, the P4P quarter table, metric targets profiled by working days, the 2016 scheme
 * templates and the risk register with its descriptions). It formats only.
 *
 * @since 0.1.0
 */
public final class NorfolkDemo {

    private NorfolkDemo() {
    }

    /**
     * The worked examples after the reviews, in order.
     *
     * @return the sections, never null
     */
    public static List<DemoSection> sections() {
        return List.of(
                new PooledFundSection(),
                new PaymentForPerformanceSection(),
                new MetricsSection(),
                new SchemeSection(),
                new RiskSection()
        );
    }

    /**
     * The reviews of the embedded datasets, in year order.
     *
     * @return the reviews, never null
     */
    public static List<DatasetReview> reviews() {
        return NorfolkData.datasets().stream().map(DatasetReview::of).toList();
    }

    /**
     * Writes the reviews of Norfolk's embedded datasets as one self-contained HTML page, the summary
     * table first ({@code bcf demo --format html}); the worked examples stay in the text report.
     *
     * @param out where to write, not null; not closed
     */
    public static void html(Writer out) {
        ReviewHtml.write("Better Care Fund review: " + NorfolkData.HWB + " (openbcf demo)", reviews(), out);
    }

    /**
     * Prints the whole report.
     *
     * @param out where to print, not null
     */
    public static void print(PrintWriter out) {
        out.println("openbcf demo: Norfolk Health and Wellbeing Board, Better Care Fund");
        out.println("This is `bcf review` of Norfolk's datasets embedded in this jar (" + String.join(", ", NorfolkData.DATASET_NAMES)
                + "),");
        out.println("built from Norfolk's published returns; `bcf demo --export DIR` writes them out in the dataset format.");
        out.println("Findings are the returns' own discrepancies; a rule openbcf cannot check without a figure the sources");
        out.println("do not give is a note (info), never a failure.");
        List<DatasetReview> reviews = reviews();
        for (DatasetReview review : reviews) {
            out.println();
            ReviewReport.text(review, out);
        }
        out.println();
        ReviewReport.summaryText(reviews, out);
        out.println();
        out.println("Worked examples beyond the dataset format");
        out.println("=========================================");
        for (DemoSection section : sections()) {
            out.println();
            out.println(section.title());
            out.println("-".repeat(section.title().length()));
            section.print(out);
        }
        out.println();
        out.println(verdict(reviews));
    }

    /**
     * The demo's last line: whether Norfolk's datasets pass their reviews, e.g. {@code Norfolk's datasets: none
     * of the 3 datasets passes its review (6 errors, 37 warnings in all; each year's findings are above)}.
     *
     * @param reviews the reviews, not null
     * @return the line, never null
     */
    static String verdict(List<DatasetReview> reviews) {
        long passing = reviews.stream().filter(DatasetReview::passes).count();
        int errors = reviews.stream().mapToInt(r -> r.summary().errors()).sum();
        int warnings = reviews.stream().mapToInt(r -> r.summary().warnings()).sum();
        String how = passing == reviews.size() ? "all " + reviews.size() + " datasets pass their reviews"
                : passing == 0 ? "none of the " + reviews.size() + " datasets passes its review"
                : passing + " of the " + reviews.size() + " datasets pass their reviews";
        return NorfolkData.HWB + "'s datasets: " + how + " (" + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings") + " in all; each year's findings are above)";
    }
}
