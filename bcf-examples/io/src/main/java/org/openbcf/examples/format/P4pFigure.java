package org.openbcf.examples.format;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.QuarterPayment;

/**
 * The payment-for-performance figures of one quarter, the one column model of every P4P output: each
 * figure's column in {@code bcf p4p}'s CSV and JSON ({@code maximum_payment}), its name among the
 * spreadsheet check's outputs ({@code maximumPayment}), its table header ({@code Maximum payment}),
 * its {@link FigureKind} and how it is read from a {@link QuarterPayment}. {@link P4pCsv}, the
 * check's {@code p4p} calculation and {@link P4pTables} each choose their figures, in their own
 * order, from this list; the figures themselves (R-P4P-4 to R-P4P-12) are computed by bcf-core's
 * {@code PaymentForPerformance}. The year's figures are {@link P4pTotal}.
 *
 * <p>Example, Norfolk Q4 2014/15: {@code MAXIMUM_PAYMENT.value(q)} is {@code 354620.00} and
 * {@code MAXIMUM_PAYMENT.text(q)} is {@code £354,620.00}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public enum P4pFigure {

    /** The quarter, e.g. {@code Q4 2014/15}. */
    QUARTER("quarter", "Quarter", FigureKind.LABEL, true),

    /** Non-elective admissions in the same quarter a year earlier, e.g. 22,905 (Norfolk Q4 2014/15). */
    BASELINE("baseline", "Baseline", FigureKind.COUNT, true),

    /** Planned non-elective admissions, e.g. 22,667. */
    PLAN("plan", "Plan", FigureKind.COUNT, true),

    /** Actual non-elective admissions, e.g. 23,331. */
    ACTUAL("actual", "Actual", FigureKind.COUNT, true),

    /** Baseline less plan (R-P4P-4), e.g. 238. */
    PLANNED_REDUCTION("planned_reduction", "Planned reduction", FigureKind.COUNT, false),

    /** The planned reductions to the end of the quarter, e.g. 856 at Norfolk Q1 2015/16. */
    CUMULATIVE_PLANNED_REDUCTION("cumulative_planned_reduction", "Cum. planned", FigureKind.COUNT, false),

    /** Baseline less actual, e.g. -426. */
    ACTUAL_REDUCTION("actual_reduction", "Actual reduction", FigureKind.COUNT, false),

    /** The actual reductions to the end of the quarter, e.g. -441 at Norfolk Q1 2015/16. */
    CUMULATIVE_ACTUAL_REDUCTION("cumulative_actual_reduction", "Cum. actual", FigureKind.COUNT, false),

    /** The maximum quarterly payment (R-P4P-5), e.g. £354,620.00; read in pence, no {@code MonetaryAmount}. */
    MAXIMUM_PAYMENT("maximum_payment", "Maximum payment", FigureKind.MONEY, false),

    /** The cap on cumulative payments (R-P4P-10), e.g. £1,275,440.00 at Norfolk Q1 2015/16. */
    CUMULATIVE_CAP("cumulative_cap", "Cumulative cap", FigureKind.MONEY, false),

    /** The cumulative amount due (R-P4P-11), e.g. £0.00. */
    AMOUNT_DUE("amount_due", "Amount due", FigureKind.MONEY, false),

    /** The suggested payment (R-P4P-8, R-P4P-9), e.g. £0.00; read in pence, no {@code MonetaryAmount}. */
    SUGGESTED_PAYMENT("suggested_payment", "Suggested payment", FigureKind.MONEY, false),

    /** Maximum less suggested payment (R-P4P-12), e.g. £354,620.00; read in pence, no {@code MonetaryAmount}. */
    UNRELEASED_FUNDS("unreleased_funds", "Unreleased funds", FigureKind.MONEY, false),

    /** The payment agreed locally, when the return gives one. */
    AGREED_PAYMENT("agreed_payment", "Agreed payment", FigureKind.MONEY, true),

    /** Maximum less agreed payment (R-P4P-12), when a payment was agreed. */
    AGREED_UNRELEASED_FUNDS("agreed_unreleased_funds", "Agreed unreleased funds", FigureKind.MONEY, false);

    private final String column;
    private final String header;
    private final FigureKind kind;
    private final boolean input;

    P4pFigure(String column, String header, FigureKind kind, boolean input) {
        this.column = column;
        this.header = header;
        this.kind = kind;
        this.input = input;
    }

    /**
     * The figure's column in CSV and JSON output, e.g. {@code maximum_payment}.
     *
     * @return the name, never null
     */
    public String column() {
        return column;
    }

    /**
     * The figure's name in the spreadsheet check, the column in camel case, e.g. {@code maximumPayment}.
     *
     * @return the name, never null
     */
    public String field() {
        StringBuilder name = new StringBuilder(column.length());
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '_') {
                name.append(Character.toUpperCase(column.charAt(++i)));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /**
     * The figure's header in a table for people, e.g. {@code Maximum payment}.
     *
     * @return the header, never null
     */
    public String header() {
        return header;
    }

    /**
     * The kind of figure, e.g. {@link FigureKind#MONEY}.
     *
     * @return the kind, never null
     */
    public FigureKind kind() {
        return kind;
    }

    /**
     * Whether the figure is one of the quarter's inputs (quarter, baseline, plan, actual, agreed
     * payment) rather than one the rule computes.
     *
     * @return true for an input
     */
    public boolean isInput() {
        return input;
    }

    /**
     * The figure for a quarter as machines read it: the quarter's text ({@link FigureKind#LABEL}), a
     * {@link Long} ({@link FigureKind#COUNT}) or a {@link BigDecimal} of pounds with at least two decimal
     * places ({@link FigureKind#MONEY}, e.g. {@code 354620.00}); null where there is none (an agreed
     * figure in a quarter without an agreed payment).
     *
     * @param q the quarter's payment, not null
     * @return the value, or null
     */
    public Object value(QuarterPayment q) {
        Checks.notNull(q, "q");
        // a switch, not a function per figure: bcf p4p starts without spinning a class per lambda
        return switch (this) {
            case QUARTER -> q.quarter().toString();
            case BASELINE -> q.input().baseline();
            case PLAN -> q.input().plan();
            case ACTUAL -> q.input().actual();
            case PLANNED_REDUCTION -> q.plannedReduction();
            case CUMULATIVE_PLANNED_REDUCTION -> q.cumulativePlannedReduction();
            case ACTUAL_REDUCTION -> q.actualReduction();
            case CUMULATIVE_ACTUAL_REDUCTION -> q.cumulativeActualReduction();
            case MAXIMUM_PAYMENT -> pounds(q.maximumPaymentPence());
            case CUMULATIVE_CAP -> pounds(q.cumulativeCap());
            case AMOUNT_DUE -> pounds(q.amountDue());
            case SUGGESTED_PAYMENT -> pounds(q.suggestedPaymentPence());
            case UNRELEASED_FUNDS -> pounds(q.unreleasedFundsPence());
            case AGREED_PAYMENT -> q.agreedPayment().isPresent() ? pounds(q.agreedPayment().get()) : null;
            case AGREED_UNRELEASED_FUNDS -> q.agreedUnreleasedFunds().isPresent() ? pounds(q.agreedUnreleasedFunds().get()) : null;
        };
    }

    /**
     * The figure as a number, e.g. {@code 354620.00} or {@code 238}; empty where there is none.
     *
     * @param q the quarter's payment, not null
     * @return the number, or empty
     * @throws IllegalStateException for {@link #QUARTER}, which is not a number
     */
    public Optional<BigDecimal> number(QuarterPayment q) {
        if (kind == FigureKind.LABEL) {
            throw new IllegalStateException(column + " is a label, not a number");
        }
        Object value = value(q);
        return value == null ? Optional.empty()
                : Optional.of(value instanceof Long count ? BigDecimal.valueOf(count) : (BigDecimal) value);
    }

    /**
     * The figure as people read it in a table, e.g. {@code £354,620.00}, {@code 3,266}; {@code -} where
     * there is none.
     *
     * @param q the quarter's payment, not null
     * @return the text, never null
     */
    public String text(QuarterPayment q) {
        return kind.text(value(q));
    }

    /**
     * The figure with this CSV column name.
     *
     * @param column a column name, e.g. {@code amount_due}; not null
     * @return the figure, never null
     * @throws IllegalArgumentException naming the column and the known ones when there is no such figure
     */
    public static P4pFigure ofColumn(String column) {
        Checks.notNull(column, "column");
        for (P4pFigure figure : values()) {
            if (figure.column.equals(column)) {
                return figure;
            }
        }
        throw new IllegalArgumentException("p4p column '" + column + "' must be one of " + columns(List.of(values())));
    }

    /**
     * The columns of figures, in the given order, e.g. {@code [quarter, planned_reduction]}.
     *
     * @param figures the figures, not null
     * @return the column names, never null
     */
    public static List<String> columns(List<P4pFigure> figures) {
        // a loop, not a stream: P4pCsv calls this as bcf p4p starts
        String[] columns = new String[figures.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = figures.get(i).column;
        }
        return List.of(columns);
    }

    /**
     * The headers of figures, in the given order, e.g. {@code [Quarter, Planned reduction]}.
     *
     * @param figures the figures, not null
     * @return the headers, never null
     */
    public static String[] headers(List<P4pFigure> figures) {
        String[] headers = new String[figures.size()];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = figures.get(i).header;
        }
        return headers;
    }

    /**
     * The figures the rule computes for a quarter (not its inputs), in this enum's order.
     *
     * @return the figures, never null
     */
    public static List<P4pFigure> computed() {
        return Arrays.stream(values()).filter(f -> !f.input).toList();
    }

    private static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    private static BigDecimal pounds(MonetaryAmount amount) {
        return FigureKind.twoPlaces(Gbp.pounds(amount));
    }
}
