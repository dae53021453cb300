package org.openbcf.examples.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbcf.examples.format.P4pCsv;
import org.openbcf.examples.format.RiskCsv;
import org.openbcf.examples.io.Schema;
import org.openbcf.review.Board;

/**
 * The BCF dataset format, version {@value #VERSION}: one board's plan or return for one year, as a
 * folder of CSV files or one {@code .xlsx} workbook with one sheet per file (sheet name = file name
 * without {@code .csv}, same headers). Only {@code board.csv} is required; what else is present is
 * checked. Header names are matched ignoring case and surrounding spaces; a missing, repeated or
 * unknown column, an unknown file or sheet, and a field {@code board.csv} does not know are refused
 * with the nearest known name.
 *
 * <p>Every file and column is listed here and only here: the reader, {@code bcf init} and the README
 * table come from these constants. This class is a stateless holder and thread-safe.
 *
 * @since 0.1.0
 */
public final class DatasetFormat {

    /** The format version this openbcf reads and writes: {@value}. */
    public static final String VERSION = "1";

    /** {@code board.csv}: {@code field,value}. */
    public static final String BOARD = "board";
    /** {@code contributions.csv}: the pooled fund, one row per partner, stream, basis and line. */
    public static final String CONTRIBUTIONS = "contributions";
    /** {@code expenditure.csv}: the scheme-level expenditure plan. */
    public static final String EXPENDITURE = "expenditure";
    /** {@code spending-by-category.csv}: planned spend by category (the 2015/16 and 2016/17 plans). */
    public static final String SPENDING = "spending-by-category";
    /** {@code income-and-expenditure.csv}: quarterly or year-end income and expenditure. */
    public static final String INCOME_AND_EXPENDITURE = "income-and-expenditure";
    /** {@code conditions.csv}: the answers to the year's national conditions. */
    public static final String CONDITIONS = "conditions";
    /** {@code metrics.csv}: metric plans and outturns. */
    public static final String METRICS = "metrics";
    /** {@code risks.csv}: the risk register, as {@code bcf risk} reads it. */
    public static final String RISKS = "risks";
    /** {@code p4p.csv}: the 2015/16 payment-for-performance year, as {@code bcf p4p} reads it. */
    public static final String P4P = "p4p";
    /** {@code discharge-fund.csv}: the 2022-23 to 2024-25 ASC Discharge Fund tab. */
    public static final String DISCHARGE_FUND = "discharge-fund";

    /** Every file's schema, in the order the review reads them. */
    public static final Map<String, Schema> FILES = files();

    /** The fields of {@code board.csv}, with what each holds; the first three are required. */
    public static final Map<String, String> BOARD_FIELDS = boardFields();

    /** The board fields every dataset has. */
    public static final List<String> REQUIRED_BOARD_FIELDS = List.of("board", "year", "section_75");

    private DatasetFormat() {
    }

    private static Map<String, Schema> files() {
        Map<String, Schema> files = new LinkedHashMap<>();
        files.put(BOARD, Schema.of("field", "value"));
        files.put(CONTRIBUTIONS, Schema.of("partner", "partner_type", "stream", "amount").optional("basis", "line"));
        files.put(EXPENDITURE, Schema.of("scheme_id", "scheme_name", "scheme_type", "area_of_spend", "commissioner",
                "source_of_funding", "amount").optional("nhs_share"));
        files.put(SPENDING, Schema.of("category", "amount"));
        files.put(INCOME_AND_EXPENDITURE, Schema.of("flow", "basis", "period", "amount")
                .optional("stream", "line", "differs_from_plan", "comment"));
        files.put(CONDITIONS, Schema.of("condition", "answer").optional("date", "comment"));
        files.put(METRICS, Schema.of("metric", "period", "plan", "actual").optional("numerator", "denominator", "note"));
        files.put(RISKS, RiskCsv.SCHEMA);
        files.put(P4P, P4pCsv.SCHEMA);
        files.put(DISCHARGE_FUND, Schema.of("scheme_name", "scheme_type", "sub_type", "planned", "actual")
                .optional("packages", "unit", "changed", "change_reason", "impact", "impact_explanation", "learning"));
        return java.util.Collections.unmodifiableMap(files);
    }

    private static Map<String, String> boardFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("board", "the Health and Wellbeing Board, e.g. Lewisham");
        fields.put("year", "the financial year, 2015/16 to 2026/27, e.g. 2025/26");
        fields.put("section_75", "yes or no: the fund is pooled under a section 75 agreement");
        fields.put("format_version", "the dataset format version; absent means " + VERSION);
        fields.put("pooled_fund", "the pooled fund the template states, pounds; checked against every contribution (R-POOL-4)");
        fields.put("asc_from_nhs_minimum_baseline", "last year's adult social care spend from the NHS minimum, pounds; "
                + "the floor of the year is checked against it");
        fields.put("asc_from_nhs_minimum", "this year's adult social care spend from the NHS minimum as stated, pounds; "
                + "checked against the figure derived from expenditure.csv");
        fields.put("nhs_out_of_hospital", "the NHS-commissioned out-of-hospital spend as stated, pounds; checked against "
                + "the figure derived from expenditure.csv");
        fields.put("nhs_out_of_hospital_minimum", "the area's minimum NHS-commissioned out-of-hospital spend, pounds "
                + "(not in openbcf's sources: the caller supplies it)");
        fields.put("income_pooled_fund", "the pooled fund on the quarterly income sheet (2015/16, 2016/17), pounds; "
                + "default pooled_fund");
        fields.put("expenditure_pooled_fund", "the pooled fund on the quarterly expenditure sheet, pounds; default "
                + "income_pooled_fund");
        fields.put("p4p_cost_per_admission", "the cost of one non-elective admission for payment for performance, "
                + "pounds (GBP 1,490 in 2015/16); needed with p4p.csv");
        fields.put("p4p_local_share", "the local total of performance and ring-fenced funds, pounds; optional");
        fields.put("risk_matrix", "4x4 or 5x5: the matrix of risks.csv; needed with risks.csv");
        return java.util.Collections.unmodifiableMap(fields);
    }

    /**
     * Whether a year's template has a table: payment for performance only in 2015/16, the spending by
     * category only in 2015/16 and 2016/17 (the plans that had it), the ASC Discharge Fund tab only in
     * the years of its streams (2022-23 to 2024-25); every other table in every year.
     *
     * @param table a table of {@link #FILES}
     * @param year  the year, not null
     * @return true when {@code bcf init} writes it for the year
     */
    public static boolean isPartOf(String table, org.openbcf.core.year.BcfYear year) {
        return switch (table) {
            case P4P -> !year.paymentForPerformance().require().isEmpty();
            case SPENDING -> year.year().startYear() <= 2016;
            case DISCHARGE_FUND -> year.streams().require().contains(org.openbcf.core.fund.FundingStream.ASC_DISCHARGE_FUND_LA);
            default -> true;
        };
    }

    /**
     * The file name of a table: {@code contributions} is {@code contributions.csv}.
     *
     * @param table the table, e.g. {@link #CONTRIBUTIONS}
     * @return the file name, never null
     */
    public static String fileName(String table) {
        return table + ".csv";
    }

    /**
     * The known table nearest to a name, for "did you mean" in messages.
     *
     * @param name a file or sheet name without {@code .csv}
     * @return the nearest table, or empty when none is close
     */
    public static Optional<String> nearestTable(String name) {
        return nearest(name, List.copyOf(FILES.keySet()));
    }

    /**
     * The known board field nearest to a name.
     *
     * @param name the field as written
     * @return the nearest field, or empty when none is close
     */
    public static Optional<String> nearestField(String name) {
        return nearest(name, List.copyOf(BOARD_FIELDS.keySet()));
    }

    private static Optional<String> nearest(String name, List<String> known) {
        return Schema.nearest(Schema.canonical(name), known);
    }
}
