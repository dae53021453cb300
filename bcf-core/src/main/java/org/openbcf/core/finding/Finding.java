package org.openbcf.core.finding;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * One result of a check: a rule that an otherwise valid set of figures does not meet. Every check in
 * openbcf reports with this type instead of throwing, as the templates show a red cell.
 *
 * <p>Example: rule {@link Rule#R_IE_4}, {@link Severity#WARNING}, where {@code income.plan.annualTotal},
 * message "income plan annual total differs from the pooled fund", amounts
 * {@code annualTotal=£62,460,800.00, pooledFund=£62,461,000.00, difference=-£200.00}.
 *
 * <p>This class is immutable and thread-safe; the maps keep their insertion order.
 *
 * @param rule     the rule from the catalogue, e.g. {@link Rule#R_P4P_14}, not null
 * @param severity how serious, not null
 * @param where    the figure the finding is about, as a dotted path, not blank
 * @param message  one readable sentence, not blank
 * @param amounts  the money involved, by name, not null (may be empty)
 * @param figures  other numbers involved (counts, scores, percentages), by name, not null (may be empty)
 * @since 0.1.0
 */
public record Finding(Rule rule, Severity severity, String where, String message,
                      Map<String, MonetaryAmount> amounts, Map<String, BigDecimal> figures) {

    /**
     * Checks and copies the components.
     *
     * @param rule     the rule from the catalogue
     * @param severity how serious
     * @param where    the figure the finding is about
     * @param message  one readable sentence
     * @param amounts  the money involved
     * @param figures  other numbers involved
     */
    public Finding {
        Checks.notNull(rule, "rule");
        Checks.notNull(severity, "severity");
        Checks.notBlank(where, "where");
        Checks.notBlank(message, "message");
        Checks.notNull(amounts, "amounts");
        Checks.notNull(figures, "figures");
        Map<String, MonetaryAmount> amountCopy = new LinkedHashMap<>();
        amounts.forEach((k, v) -> amountCopy.put(Checks.notNull(k, "amount name"), Gbp.require(v, "amount " + k)));
        Map<String, BigDecimal> figureCopy = new LinkedHashMap<>();
        figures.forEach((k, v) -> figureCopy.put(Checks.notNull(k, "figure name"), Checks.notNull(v, "figure ", k)));
        amounts = Collections.unmodifiableMap(amountCopy);
        figures = Collections.unmodifiableMap(figureCopy);
    }

    /**
     * A finding with no numbers attached: {@code of(Rule.R_IE_4, Severity.WARNING, "income.plan.annualTotal", "...")}.
     *
     * @param rule     the rule from the catalogue, not null
     * @param severity how serious, not null
     * @param where    the figure the finding is about, not blank
     * @param message  one readable sentence, not blank
     * @return the finding, never null
     */
    public static Finding of(Rule rule, Severity severity, String where, String message) {
        return new Finding(rule, severity, where, message, Map.of(), Map.of());
    }

    /**
     * A finding at the rule's own severity ({@link Rule#severity()}), with no numbers attached.
     *
     * @param rule    the rule from the catalogue, not null
     * @param where   the figure the finding is about, not blank
     * @param message one readable sentence, not blank
     * @return the finding, never null
     */
    public static Finding of(Rule rule, String where, String message) {
        Checks.notNull(rule, "rule");
        return of(rule, rule.severity(), where, message);
    }

    /**
     * A finding of a rule named by its id, for callers that hold the id as text; the id must be in
     * the catalogue. Prefer {@link #of(Rule, Severity, String, String)}, which a typo cannot reach.
     *
     * @param ruleId   the rule's id, e.g. {@code R-P4P-14}, not blank, in {@link Rule}
     * @param severity how serious, not null
     * @param where    the figure the finding is about, not blank
     * @param message  one readable sentence, not blank
     * @return the finding, never null
     * @throws IllegalArgumentException when no rule has the id
     */
    public static Finding of(String ruleId, Severity severity, String where, String message) {
        Checks.notBlank(ruleId, "ruleId");
        return of(Rule.ofId(ruleId), severity, where, message);
    }

    /**
     * The rule's id, e.g. {@code R-P4P-14}.
     *
     * @return the id, never null
     */
    public String ruleId() {
        return rule.id();
    }

    /**
     * This finding with one more amount of money attached.
     *
     * @param name   the amount's name, e.g. {@code difference}, not null
     * @param amount the amount, not null, GBP
     * @return a new finding, never null
     */
    public Finding withAmount(String name, MonetaryAmount amount) {
        Map<String, MonetaryAmount> more = new LinkedHashMap<>(amounts);
        more.put(name, amount);
        return new Finding(rule, severity, where, message, more, figures);
    }

    /**
     * This finding with one more number attached.
     *
     * @param name  the number's name, e.g. {@code statedScore}, not null
     * @param value the number, not null
     * @return a new finding, never null
     */
    public Finding withFigure(String name, BigDecimal value) {
        Map<String, BigDecimal> more = new LinkedHashMap<>(figures);
        more.put(name, value);
        return new Finding(rule, severity, where, message, amounts, more);
    }

    /**
     * One readable line, e.g.
     * {@code WARNING R-IE-4 income.plan.annualTotal: ... (annualTotal £62,460,800.00, difference -£200.00)}:
     * each amount and figure the message does not already state follows it in brackets, so every number
     * is stated once ({@link #amounts()} and {@link #figures()} keep them all).
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(severity).append(' ').append(rule.id()).append(' ').append(where).append(": ").append(message);
        String numbers = amounts.entrySet().stream()
                .filter(e -> !states(Gbp.format(e.getValue())))
                .map(e -> e.getKey() + " " + Gbp.format(e.getValue()))
                .collect(Collectors.joining(", "));
        String others = figures.entrySet().stream()
                .filter(e -> !states(e.getValue().toPlainString()))
                .map(e -> e.getKey() + " " + e.getValue().toPlainString())
                .collect(Collectors.joining(", "));
        if (!numbers.isEmpty() || !others.isEmpty()) {
            text.append(" (").append(numbers)
                    .append(!numbers.isEmpty() && !others.isEmpty() ? ", " : "")
                    .append(others).append(')');
        }
        return text.toString();
    }

    /** Whether the message states a number as a whole: not as part of a longer one ("5" is not in "15" or "5.2"). */
    private boolean states(String number) {
        for (int at = message.indexOf(number); at >= 0; at = message.indexOf(number, at + 1)) {
            int end = at + number.length();
            char previous = at > 0 ? message.charAt(at - 1) : ' ';
            // a digit, decimal point or separator before it, or a minus sign that is not a range's dash ("1-4")
            boolean before = Character.isDigit(previous) || previous == '.' || previous == ','
                    || previous == '-' && (at < 2 || !Character.isDigit(message.charAt(at - 2)));
            boolean after = end < message.length() && (Character.isDigit(message.charAt(end))
                    || (end + 1 < message.length() && (message.charAt(end) == '.' || message.charAt(end) == ',')
                    && Character.isDigit(message.charAt(end + 1))));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }
}
