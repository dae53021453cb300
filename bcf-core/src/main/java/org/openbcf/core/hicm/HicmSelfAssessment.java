package org.openbcf.core.hicm;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openbcf.core.internal.Checks;

/**
 * A High Impact Change Model self-assessment: a rating for each of the eight changes, as submitted with
 * a 2017-19 BCF plan (norfolk-2017-2019-progress GV-05; seed 002 line 138, "showing progress against
 * the eight areas ... Each has been rated as either green or amber").
 *
 * <p>Example: {@code HicmSelfAssessment.of(ratings).count(Maturity.GREEN)}. Every change must be rated
 * once; a missing change is refused naming it. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HicmSelfAssessment {

    private final Map<HighImpactChange, Maturity> ratings;

    private HicmSelfAssessment(Map<HighImpactChange, Maturity> ratings) {
        this.ratings = ratings;
    }

    /**
     * A self-assessment of all eight changes.
     *
     * @param ratings the rating of each change, not null, all eight changes, no null values
     * @return the assessment, never null
     * @throws IllegalArgumentException when a change is not rated, naming it
     */
    public static HicmSelfAssessment of(Map<HighImpactChange, Maturity> ratings) {
        Checks.notNull(ratings, "ratings");
        Map<HighImpactChange, Maturity> copy = new EnumMap<>(HighImpactChange.class);
        for (HighImpactChange change : HighImpactChange.values()) {
            Maturity rating = ratings.get(change);
            if (rating == null) {
                throw new IllegalArgumentException("High Impact Change " + change.number() + " (" + change.title()
                        + ") has no rating; a self-assessment rates all eight changes");
            }
            copy.put(change, rating);
        }
        return new HicmSelfAssessment(Collections.unmodifiableMap(copy));
    }

    /**
     * The ratings in the model's order.
     *
     * @return an unmodifiable map of eight entries, never null
     */
    public Map<HighImpactChange, Maturity> ratings() {
        return ratings;
    }

    /**
     * One change's rating.
     *
     * @param change the change, not null
     * @return the rating, never null
     */
    public Maturity rating(HighImpactChange change) {
        return ratings.get(Checks.notNull(change, "change"));
    }

    /**
     * How many changes have a rating, e.g. 8 green or amber for Norfolk.
     *
     * @param maturity the rating, not null
     * @return the count, 0 to 8
     */
    public int count(Maturity maturity) {
        Checks.notNull(maturity, "maturity");
        return (int) ratings.values().stream().filter(m -> m == maturity).count();
    }

    /**
     * The changes with a rating, in the model's order.
     *
     * @param maturity the rating, not null
     * @return the changes, never null
     */
    public List<HighImpactChange> changesRated(Maturity maturity) {
        Checks.notNull(maturity, "maturity");
        return ratings.entrySet().stream().filter(e -> e.getValue() == maturity).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HicmSelfAssessment that && ratings.equals(that.ratings);
    }

    @Override
    public int hashCode() {
        return ratings.hashCode();
    }

    /**
     * Readable text, e.g. {@code HICM 1 GREEN, 2 AMBER, ..., 8 GREEN}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return ratings.entrySet().stream().map(e -> e.getKey().number() + " " + e.getValue())
                .collect(Collectors.joining(", ", "HICM ", ""));
    }
}
