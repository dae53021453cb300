package org.openbcf.examples.format;

import java.math.BigDecimal;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.PerformanceResult;

/**
 * The payment-for-performance figures of a whole year, the year's half of the column model whose
 * quarters are {@link P4pFigure}: each figure's name among the spreadsheet check's outputs
 * ({@code performancePot}), its label for people ({@code Performance pot}), its {@link FigureKind}
 * and how it is read from a {@link PerformanceResult}. The check's {@code p4p} calculation and
 * {@link P4pTables#totals} both use it.
 *
 * <p>Example, Norfolk 2015/16: {@code PERFORMANCE_POT.value(result)} is {@code 4866340.00} and
 * {@code PERFORMANCE_POT.text(result)} is {@code £4,866,340.00}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public enum P4pTotal {

    /** Baseline total less plan total (R-P4P-3), e.g. 3,266. */
    TARGET_REDUCTION("targetReduction", "Target reduction", FigureKind.COUNT),

    /** The admissions of the baseline, added up, e.g. 93,089. */
    BASELINE_TOTAL("baselineTotal", "Baseline", FigureKind.COUNT),

    /** The target reduction as a percentage of the baseline total, when the baseline is not zero. */
    PERCENT_CHANGE("percentChange", "Change", FigureKind.PERCENTAGE),

    /** The cost of one non-elective admission, e.g. £1,490.00. */
    COST_PER_ADMISSION("costPerAdmission", "Cost per admission", FigureKind.MONEY),

    /** The performance pot (R-P4P-2), e.g. £4,866,340.00. */
    PERFORMANCE_POT("performancePot", "Performance pot", FigureKind.MONEY),

    /** The local share less the performance pot, when the terms give a local share, e.g. £11,428,660.00. */
    RING_FENCED_FUNDS("ringFencedFunds", "Ring-fenced funds", FigureKind.MONEY),

    /** The total performance and ring-fenced funds, when the terms give them, e.g. £16,295,000.00. */
    LOCAL_SHARE("localShare", "Local share", FigureKind.MONEY),

    /** The suggested payments, added up, e.g. £0.00. */
    TOTAL_SUGGESTED_PAYMENTS("totalSuggestedPayments", "Total suggested payments", FigureKind.MONEY),

    /** The payments made, agreed where given, else suggested, e.g. £0.00. */
    TOTAL_PAID("totalPaid", "Total paid", FigureKind.MONEY),

    /** The suggested unreleased funds, added up, e.g. £4,866,340.00. */
    TOTAL_UNRELEASED_FUNDS("totalUnreleasedFunds", "Total unreleased funds", FigureKind.MONEY);

    private final String field;
    private final String label;
    private final FigureKind kind;

    P4pTotal(String field, String label, FigureKind kind) {
        this.field = field;
        this.label = label;
        this.kind = kind;
    }

    /**
     * The figure's name in the spreadsheet check, e.g. {@code performancePot}.
     *
     * @return the name, never null
     */
    public String field() {
        return field;
    }

    /**
     * The figure's label for people, e.g. {@code Performance pot}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
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
     * The figure for a year as machines read it: a {@link Long} ({@link FigureKind#COUNT}), a
     * {@link BigDecimal} of pounds with at least two decimal places ({@link FigureKind#MONEY}) or a
     * {@link BigDecimal} percentage; null where there is none (no local share, a zero baseline).
     *
     * @param result the year's result, not null
     * @return the value, or null
     */
    public Object value(PerformanceResult result) {
        Checks.notNull(result, "result");
        return switch (this) {
            case TARGET_REDUCTION -> result.targetReduction();
            case BASELINE_TOTAL -> result.baselineTotal();
            case PERCENT_CHANGE -> result.percentChange().orElse(null);
            case COST_PER_ADMISSION -> pounds(result.terms().costPerAdmission());
            case PERFORMANCE_POT -> pounds(result.performancePot());
            case RING_FENCED_FUNDS -> result.ringFencedFunds().isPresent() ? pounds(result.ringFencedFunds().get()) : null;
            case LOCAL_SHARE -> result.terms().localShare().isPresent() ? pounds(result.terms().localShare().get()) : null;
            case TOTAL_SUGGESTED_PAYMENTS -> pounds(result.totalSuggestedPayments());
            case TOTAL_PAID -> pounds(result.totalPaid());
            case TOTAL_UNRELEASED_FUNDS -> pounds(result.totalUnreleasedFunds());
        };
    }

    /**
     * The figure as a number, e.g. {@code 4866340.00} or {@code 3266}; empty where there is none.
     *
     * @param result the year's result, not null
     * @return the number, or empty
     */
    public Optional<BigDecimal> number(PerformanceResult result) {
        Object value = value(result);
        return value == null ? Optional.empty()
                : Optional.of(value instanceof Long count ? BigDecimal.valueOf(count) : (BigDecimal) value);
    }

    /**
     * The figure as people read it, e.g. {@code £4,866,340.00}, {@code 3,266}; {@code -} where there is none.
     *
     * @param result the year's result, not null
     * @return the text, never null
     */
    public String text(PerformanceResult result) {
        return kind.text(value(result));
    }

    private static BigDecimal pounds(MonetaryAmount amount) {
        return FigureKind.twoPlaces(Gbp.pounds(amount));
    }
}
