package org.openbcf.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.openbcf.core.internal.Checks;

/**
 * An ordered scale of risk levels, numbered from 1, each with a label, e.g. the likelihood scale of
 * the 2016 scheme template {@code likelihood: 1 Unlikely, 2 Possible, 3 Likely, 4 Certain}.
 *
 * <p>Source: the risk matrix printed in Norfolk's 2016 scheme NN5 (seed lines 7229–7240) and the NPSA
 * 2008 risk matrix for risk managers. Printed as {@code name: 1 Label, 2 Label, ...}, which
 * {@link #parse(CharSequence)} accepts. This class is immutable and thread-safe.
 *
 * @param name   what the scale measures, e.g. {@code likelihood} or {@code impact}; not blank, no colon
 * @param labels the level labels in order, level 1 first; 1 to {@link Risk#MAX_LEVEL} of them, each
 *               not blank and without commas or colons
 *
 * @since 0.1.0
 */
public record RiskScale(String name, List<String> labels) {

    /**
     * Checks and copies the components.
     *
     * @param name   what the scale measures
     * @param labels the level labels in order
     */
    public RiskScale {
        name = Checks.notBlank(name, "scale name").strip();
        if (name.contains(":")) {
            throw new IllegalArgumentException("scale name '" + name + "' must not contain a colon");
        }
        Checks.notNull(labels, "labels");
        Checks.inRange(labels.size(), 1, Risk.MAX_LEVEL, "number of levels of the " + name + " scale");
        List<String> copy = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            String field = name + " level " + (i + 1) + " label";
            String label = Checks.notBlank(labels.get(i), field).strip();
            if (label.contains(",") || label.contains(":")) {
                throw new IllegalArgumentException(field + " '" + label + "' must not contain a comma or colon");
            }
            copy.add(label);
        }
        labels = List.copyOf(copy);
    }

    /**
     * A scale: {@code of("impact", "Negligible", "Minor", "Moderate", "Major")}.
     *
     * @param name   what the scale measures, not blank
     * @param labels the level labels, level 1 first, not empty
     * @return the scale, never null
     */
    public static RiskScale of(String name, String... labels) {
        Checks.notNull(labels, "labels");
        return new RiskScale(name, List.of(labels));
    }

    /**
     * Parses the canonical text, e.g. {@code impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major}.
     *
     * @param text the text, not null
     * @return the scale, never null
     * @throws IllegalArgumentException when the text is not of that form or the levels are not 1, 2, 3...
     */
    public static RiskScale parse(CharSequence text) {
        Checks.notNull(text, "text");
        String trimmed = text.toString().strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("risk scale '" + trimmed + "' is not of the form 'name: 1 Label, 2 Label'");
        }
        List<String> labels = new ArrayList<>();
        for (String part : trimmed.substring(colon + 1).split(",", -1)) {
            String level = part.strip();
            String expected = (labels.size() + 1) + " ";
            if (!level.startsWith(expected)) {
                throw new IllegalArgumentException("risk scale '" + trimmed + "': level '" + level
                        + "' must start with its number " + (labels.size() + 1));
            }
            labels.add(level.substring(expected.length()));
        }
        return new RiskScale(trimmed.substring(0, colon), labels);
    }

    /**
     * The number of levels, which is also the highest level, e.g. 4.
     *
     * @return the size, at least 1
     */
    public int size() {
        return labels.size();
    }

    /**
     * Whether a level is on this scale: {@code 1 <= level <= size()}.
     *
     * @param level the level
     * @return true when the level is on the scale
     */
    public boolean contains(int level) {
        return level >= 1 && level <= labels.size();
    }

    /**
     * The label of a level, e.g. {@code Certain} for level 4 of the 2016 likelihood scale.
     *
     * @param level the level, between 1 and {@link #size()}
     * @return the label, never null
     * @throws IllegalArgumentException when the level is not on the scale
     */
    public String label(int level) {
        return labels.get(require(level) - 1);
    }

    /**
     * Returns the level, or throws when it is not on the scale, e.g.
     * {@code impact (5) must be between 1 and 4}.
     *
     * @param level the level
     * @return the level
     * @throws IllegalArgumentException when the level is not on the scale
     */
    public int require(int level) {
        return (int) Checks.inRange(level, 1, labels.size(), name);
    }

    /**
     * The range of levels as text, e.g. {@code 1-4}.
     *
     * @return the text, never null
     */
    public String range() {
        return "1-" + labels.size();
    }

    /**
     * The canonical text, e.g. {@code likelihood: 1 Unlikely, 2 Possible, 3 Likely, 4 Certain}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + ": " + IntStream.rangeClosed(1, labels.size())
                .mapToObj(level -> level + " " + labels.get(level - 1))
                .collect(Collectors.joining(", "));
    }
}
