package org.openbcf.core.finding;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openbcf.core.internal.Checks;

/**
 * The report of a check: an ordered, immutable list of {@link Finding}s. Empty means every rule was
 * met. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Findings implements Iterable<Finding> {

    private static final Findings NONE = new Findings(List.of());

    private final List<Finding> list;

    private Findings(List<Finding> list) {
        this.list = list;
    }

    /**
     * The empty report.
     *
     * @return a report with no findings, never null
     */
    public static Findings none() {
        return NONE;
    }

    /**
     * A report of the given findings, in order.
     *
     * @param findings the findings, not null, no null elements
     * @return the report, never null
     */
    public static Findings of(List<Finding> findings) {
        Checks.notNull(findings, "findings");
        for (int i = 0; i < findings.size(); i++) {
            Checks.notNullElement(findings.get(i), "findings", i);
        }
        return findings.isEmpty() ? NONE : new Findings(List.copyOf(findings));
    }

    /**
     * A report of the given findings, in order.
     *
     * @param findings the findings, not null
     * @return the report, never null
     */
    public static Findings of(Finding... findings) {
        return of(List.of(findings));
    }

    /**
     * A collector into a report.
     *
     * @return the collector, never null
     */
    public static Collector<Finding, ?, Findings> toFindings() {
        return Collectors.collectingAndThen(Collectors.toList(), Findings::of);
    }

    /**
     * This report followed by another.
     *
     * @param more the other report, not null
     * @return the combined report, never null
     */
    public Findings and(Findings more) {
        Checks.notNull(more, "more");
        List<Finding> all = new ArrayList<>(list);
        all.addAll(more.list);
        return of(all);
    }

    /**
     * The findings in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Finding> list() {
        return list;
    }

    /**
     * Whether no rule was broken.
     *
     * @return true when there are no findings
     */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * The number of findings.
     *
     * @return the count
     */
    public int size() {
        return list.size();
    }

    /**
     * Whether any finding is an {@link Severity#ERROR}.
     *
     * @return true when at least one error
     */
    public boolean hasErrors() {
        return list.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings of one rule.
     *
     * @param rule the rule from the catalogue, e.g. {@link Rule#R_IE_4}, not null
     * @return the matching findings, never null
     */
    public Findings ofRule(Rule rule) {
        Checks.notNull(rule, "rule");
        return filter(f -> f.rule() == rule);
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity, not null
     * @return the matching findings, never null
     */
    public Findings ofSeverity(Severity severity) {
        Checks.notNull(severity, "severity");
        return filter(f -> f.severity() == severity);
    }

    /**
     * The findings that match a condition.
     *
     * @param condition the condition, not null
     * @return the matching findings, never null
     */
    public Findings filter(Predicate<? super Finding> condition) {
        Checks.notNull(condition, "condition");
        return of(list.stream().filter(condition).collect(Collectors.toList()));
    }

    /**
     * The findings as a stream.
     *
     * @return a sequential stream, never null
     */
    public Stream<Finding> stream() {
        return list.stream();
    }

    @Override
    public Iterator<Finding> iterator() {
        return list.iterator();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Findings that && list.equals(that.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    /**
     * One finding per line, or {@code no findings}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return list.isEmpty() ? "no findings"
                : list.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
