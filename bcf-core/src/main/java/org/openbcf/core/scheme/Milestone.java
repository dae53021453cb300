package org.openbcf.core.scheme;

import org.openbcf.core.internal.Checks;

/**
 * A scheme milestone and its timescale exactly as printed, e.g. NN2 {@code Pilot},
 * {@code 1 May 2016 – 31 May 2016}; timescales are free text in the source ("Late 2016/ early 2017",
 * "To be confirmed", "October 2106" [sic]), so openbcf keeps them as text.
 *
 * <p>Source: Norfolk 2016/17 plan, section F, key milestones tables (schemes spec 1.6). This class is
 * immutable and thread-safe.
 *
 * @param activity  the milestone or activity, not blank
 * @param timescale the timescale as printed, empty when blank, not null
 * @since 0.1.0
 */
public record Milestone(String activity, String timescale) {

    /**
     * Checks and tidies the components.
     *
     * @param activity  the milestone or activity
     * @param timescale the timescale as printed
     */
    public Milestone {
        activity = Checks.notBlank(activity, "milestone activity").strip();
        timescale = Checks.notNull(timescale, "timescale").strip();
    }
}
