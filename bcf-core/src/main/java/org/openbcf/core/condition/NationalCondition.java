package org.openbcf.core.condition;

import org.openbcf.core.internal.Checks;

/**
 * One national-condition question of a BCF era: its id as the template numbers it ({@code 4ii}),
 * the condition's title and the question's wording. Example (2015/16): {@code 3}, "7-day services",
 * "Are the 7 day services to support patients being discharged and prevent unnecessary admission at
 * weekends in place and delivering?".
 *
 * <p>Sources: 2015/16 quarterly template sheet 3 (seed 000 lines 1659–1745); 2016/17 plan section C;
 * 2022-23 end-of-year template (L2061–2067, L2218–2221); 2023-25 planning update (L1709–1713). This
 * class is immutable and thread-safe.
 *
 * @param id       the question's id, e.g. {@code 1}, {@code 4ii}; not blank
 * @param title    the condition's title, not blank
 * @param question the question as the template asks it, not blank
 * @since 0.1.0
 */
public record NationalCondition(String id, String title, String question) {

    /**
     * Checks the components.
     *
     * @param id       the question's id
     * @param title    the condition's title
     * @param question the question's wording
     */
    public NationalCondition {
        Checks.notBlank(id, "condition id");
        if (!id.matches("[1-9]\\d{0,2}[a-z]{0,4}")) {
            throw new IllegalArgumentException("condition id '" + id + "' must be a number and optional sub-question, e.g. 4ii");
        }
        Checks.notBlank(title, "condition title");
        Checks.notBlank(question, "condition question");
    }

    /**
     * The condition's number: {@code 4} for question {@code 4ii}.
     *
     * @return the leading digits of the id
     */
    public int number() {
        return Integer.parseInt(id.replaceAll("\\D.*$", ""));
    }
}
