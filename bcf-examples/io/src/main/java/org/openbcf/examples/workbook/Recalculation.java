package org.openbcf.examples.workbook;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cell's own formula gives when it is evaluated now by Apache POI's formula evaluator
 * ({@link RecalculatedWorkbook}), as opposed to the value the workbook saved: e.g.
 * {@code =SUM(C10:E10) gives 47777720}, {@code =SUM(#REF!) gives the error #REF!},
 * {@code no formula}, or {@code =SLN(C5,D5,5) cannot be evaluated: Apache POI does not implement the
 * function SLN}. Source: issue 14, "Stale and broken formulas".
 *
 * <p>This class is immutable and thread-safe; {@code equals} compares kind, formula, value and detail.
 *
 * @since 0.1.0
 */
public final class Recalculation {

    /**
     * What evaluating the cell's formula gave, e.g. {@link #NUMBER}.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A number, e.g. {@code 47777720}. */
        NUMBER,
        /** Text or a boolean ({@code TRUE}/{@code FALSE}), where a number was saved. */
        TEXT,
        /** An error value such as {@code #REF!} or {@code #DIV/0!}: the formula is broken. */
        ERROR,
        /** The cell holds no formula: a typed or pasted value (or nothing). */
        NO_FORMULA,
        /** The formula cannot be evaluated by POI (a function it does not implement, another workbook). */
        UNSUPPORTED
    }

    private final Kind kind;
    private final String formula;
    private final BigDecimal number;
    private final String detail;

    private Recalculation(Kind kind, String formula, BigDecimal number, String detail) {
        this.kind = kind;
        this.formula = Objects.requireNonNull(formula, "formula");
        this.number = number;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * A formula that evaluated to a number, e.g. {@code number("SUM(C10:E10)", new BigDecimal("47777720"))}; the
     * number is kept without trailing zeros, so {@code 6.0} and {@code 6} make equal recalculations.
     *
     * @param formula the formula, without its {@code =}, not null
     * @param value   the number, not null
     * @return the recalculation, never null
     */
    public static Recalculation number(String formula, BigDecimal value) {
        return new Recalculation(Kind.NUMBER, formula, Objects.requireNonNull(value, "value").stripTrailingZeros(), "");
    }

    /**
     * A formula that evaluated to text or a boolean, e.g. {@code text("IF(A1>0,\"yes\",\"no\")", "yes")}.
     *
     * @param formula the formula, without its {@code =}, not null
     * @param text    the text ({@code TRUE}/{@code FALSE} for a boolean), not null
     * @return the recalculation, never null
     */
    public static Recalculation text(String formula, String text) {
        return new Recalculation(Kind.TEXT, formula, null, text);
    }

    /**
     * A formula that evaluated to an error, e.g. {@code error("SUM(#REF!)", "#REF!")}.
     *
     * @param formula the formula, without its {@code =}, not null
     * @param code    the error code, e.g. {@code #REF!}, not null
     * @return the recalculation, never null
     */
    public static Recalculation error(String formula, String code) {
        return new Recalculation(Kind.ERROR, formula, null, code);
    }

    /**
     * A cell with no formula (a typed or pasted value, or a blank).
     *
     * @return the recalculation, never null
     */
    public static Recalculation noFormula() {
        return new Recalculation(Kind.NO_FORMULA, "", null, "");
    }

    /**
     * A formula POI cannot evaluate, with the reason, e.g.
     * {@code unsupported("SLN(C5,D5,5)", "Apache POI does not implement the function SLN")}.
     *
     * @param formula the formula, without its {@code =}, not null
     * @param reason  why, naming the function when that is the reason, not null
     * @return the recalculation, never null
     */
    public static Recalculation unsupported(String formula, String reason) {
        return new Recalculation(Kind.UNSUPPORTED, formula, null, reason);
    }

    /**
     * What the evaluation gave, e.g. {@link Kind#NUMBER}.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The cell's formula without its {@code =}, e.g. {@code SUM(C10:E10)}; empty for {@link Kind#NO_FORMULA}.
     *
     * @return the formula, never null
     */
    public String formula() {
        return formula;
    }

    /**
     * The number the formula gives now, e.g. {@code 47777720}; empty unless the kind is {@link Kind#NUMBER}.
     *
     * @return the number, never null
     */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /**
     * The text result, the error code ({@code #REF!}) or the reason it cannot be evaluated; empty for
     * {@link Kind#NUMBER} and {@link Kind#NO_FORMULA}.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recalculation r && kind == r.kind && formula.equals(r.formula)
                && Objects.equals(number, r.number) && detail.equals(r.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, formula, number, detail);
    }

    /**
     * The recalculation in words, e.g. {@code =SUM(C10:E10) gives 47777720},
     * {@code =SUM(#REF!) gives the error #REF!}, {@code =IF(A1,"a","b") gives text "a"},
     * {@code no formula}, {@code =SLN(C5,D5,5) cannot be evaluated: Apache POI does not implement the function SLN}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return switch (kind) {
            case NUMBER -> "=" + formula + " gives " + number.toPlainString();
            case TEXT -> "=" + formula + " gives text \"" + detail + "\"";
            case ERROR -> "=" + formula + " gives the error " + detail;
            case NO_FORMULA -> "no formula";
            case UNSUPPORTED -> "=" + formula + " cannot be evaluated: " + detail;
        };
    }
}
