package org.openbcf.examples.format;

import java.math.BigDecimal;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * What kind of figure a column holds, and so how it is written for machines (CSV, JSON, the
 * spreadsheet check) and for people (tables): a count of admissions {@code 3266}, an amount of money
 * {@code 354620.00} (in pounds, at least two decimal places), a percentage {@code -5.27} or the label
 * of a row ({@code Q4 2014/15}). Used by the P4P column model ({@link P4pFigure}, {@link P4pTotal}).
 *
 * @since 0.1.0
 */
public enum FigureKind {

    /** The name of a row, e.g. the quarter {@code Q4 2014/15}: text, not a number. */
    LABEL,

    /** A whole number of admissions, e.g. {@code 238}; a {@link Long}, printed for people as {@code 3,266}. */
    COUNT,

    /**
     * An exact amount of money in pounds, e.g. {@code 354620.00}; a {@link BigDecimal} with at least two
     * decimal places, printed for people as {@code £354,620.00}.
     */
    MONEY,

    /** A percentage, e.g. {@code -5.27} for −5.27%; a {@link BigDecimal}, printed for people as given. */
    PERCENTAGE;

    /**
     * A figure's value as people read it in a table: {@code £354,620.00}, {@code 3,266}, {@code -5.27},
     * {@code Q4 2014/15}; {@code -} for no value.
     *
     * @param value a value of this kind as {@link P4pFigure#value} gives it ({@link String}, {@link Long}
     *              or {@link BigDecimal}), or null for none
     * @return the text, never null
     */
    public String text(Object value) {
        if (value == null) {
            return "-";
        }
        return switch (this) {
            case LABEL -> (String) value;
            case COUNT -> Checks.group((Long) value);
            case MONEY -> money((BigDecimal) value);
            case PERCENTAGE -> ((BigDecimal) value).toPlainString();
        };
    }

    /** As {@link Gbp#format}: {@code -£122,180.00}, without making a {@code MonetaryAmount}. */
    private static String money(BigDecimal pounds) {
        BigDecimal stripped = pounds.stripTrailingZeros();
        BigDecimal shown = stripped.scale() < 2 ? pounds.setScale(2) : stripped;
        return (shown.signum() < 0 ? "-£" : "£") + Checks.group(shown.abs());
    }

    /**
     * An exact amount in pounds as this model writes it: at least two decimal places, e.g.
     * {@code 354620} becomes {@code 354620.00}; more places are kept.
     *
     * @param pounds the amount, not null
     * @return the amount, never null
     */
    static BigDecimal twoPlaces(BigDecimal pounds) {
        return pounds.scale() < 2 ? pounds.setScale(2) : pounds;
    }
}
