package org.openbcf.metrics.target;

import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * The words a year's template uses for a metric's progress, e.g. {@link #ON_TRACK_TO_MEET_TARGET}:
 * "On track to meet target", "Not on track to meet target", "Data not available to assess progress".
 *
 * <p>Sources: 2015/16 quarterly return ({@code norfolk-2016-quarterly-return-and-plan.md} §1.8, lines
 * 2025–2044: three levels; its "information not available" option exists but its wording is not in the
 * seed, R-MT-3, so openbcf gives none); 2017-19 progress reports and the 2022-23 end-of-year template
 * (L2250–2253 and the national drop-down); 2025-26 quarterly status "on track / not on track"
 * ({@code bcf-2024-27.md} R-25-5); met / not met for year-end outturns (issue 15).
 *
 * @since 0.1.0
 */
public enum ProgressVocabulary {
    /** 2015/16 quarterly return: three levels. */
    QUARTERLY_2015_16("On track to meet target", "On track for improved performance, but not to meet full target",
            "No improvement in performance", null),
    /** 2017-19 progress, 2022-23 and 2023-25 templates. */
    ON_TRACK_TO_MEET_TARGET("On track to meet target", null, "Not on track to meet target",
            "Data not available to assess progress"),
    /** 2025-26 quarterly status. */
    ON_TRACK_2025_26("On track", null, "Not on track", "Data not available to assess progress"),
    /** Year-end outturn against the goal. */
    MET_OR_NOT_MET("Met", null, "Not met", "Data not available to assess progress");

    private final String met;
    private final String improved;
    private final String notMet;
    private final String noData;

    ProgressVocabulary(String met, String improved, String notMet, String noData) {
        this.met = met;
        this.improved = improved;
        this.notMet = notMet;
        this.noData = noData;
    }

    /**
     * Whether the vocabulary has the middle level "improved, but not to meet full target" (2015/16 only).
     *
     * @return true for {@link #QUARTERLY_2015_16}
     */
    public boolean hasImprovementLevel() {
        return improved != null;
    }

    /**
     * The words for an outcome, e.g. "Not on track" for {@link ProgressOutcome#NOT_MET} in 2025-26. In a
     * two-level vocabulary an improvement that misses the goal is not met. Empty only for
     * {@link ProgressOutcome#NO_DATA} in 2015/16, whose wording the sources do not give.
     *
     * @param outcome the outcome, not null
     * @return the wording, never null
     */
    public Optional<String> wording(ProgressOutcome outcome) {
        Checks.notNull(outcome, "outcome");
        return switch (outcome) {
            case MET -> Optional.of(met);
            case IMPROVED_NOT_MET -> Optional.of(improved != null ? improved : notMet);
            case NOT_MET -> Optional.of(notMet);
            case NO_DATA -> Optional.ofNullable(noData);
        };
    }

    /**
     * The outcome a template's words stand for, matched exactly after trimming (case ignored), e.g.
     * "No improvement in performance" in 2015/16 → {@link ProgressOutcome#NOT_MET}.
     *
     * @param text the words, not null
     * @return the outcome, never null
     * @throws IllegalArgumentException when the words are not this vocabulary's
     */
    public ProgressOutcome parse(CharSequence text) {
        String words = Checks.notNull(text, "text").toString().strip();
        for (ProgressOutcome outcome : ProgressOutcome.values()) {
            if (outcome == ProgressOutcome.IMPROVED_NOT_MET && improved == null) {
                continue;
            }
            Optional<String> wording = wording(outcome);
            if (wording.isPresent() && wording.get().equalsIgnoreCase(words)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("progress '" + words + "' is not a wording of " + name());
    }
}
