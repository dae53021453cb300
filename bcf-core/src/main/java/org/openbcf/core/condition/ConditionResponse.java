package org.openbcf.core.condition;

import java.time.LocalDate;
import java.util.Optional;

import org.openbcf.core.internal.Checks;

/**
 * A Health and Wellbeing Board's answer to one national-condition question, with the target date by
 * which a condition answered No will be met and a comment. Example (Norfolk Q3 2015/16): question
 * {@code 3}, No - In Progress, 30/04/2017, no comment.
 *
 * <p>Whether a No needs a date and a comment is the era's rule ({@link ConditionSet#check}), not this
 * value's. This class is immutable and thread-safe.
 *
 * @param questionId the question's id, e.g. {@code 4ii}; not blank
 * @param answer     the answer, not null
 * @param targetDate the date the condition will be met, empty when not given; not null
 * @param comment    the comment or explanation, empty when none; not null
 * @since 0.1.0
 */
public record ConditionResponse(String questionId, ConditionAnswer answer, Optional<LocalDate> targetDate,
                                String comment) {

    /**
     * Checks and tidies the components.
     *
     * @param questionId the question's id
     * @param answer     the answer
     * @param targetDate the target date
     * @param comment    the comment
     */
    public ConditionResponse {
        questionId = Checks.notBlank(questionId, "questionId").strip();
        Checks.notNull(answer, "answer to condition ", questionId);
        Checks.notNull(targetDate, "targetDate");
        comment = Checks.notNull(comment, "comment").strip();
    }

    /**
     * A plain Yes.
     *
     * @param questionId the question's id, not blank
     * @return the response, never null
     */
    public static ConditionResponse yes(String questionId) {
        return new ConditionResponse(questionId, ConditionAnswer.YES, Optional.empty(), "");
    }

    /**
     * A response with a date (may be null for none) and a comment (may be null for none).
     *
     * @param questionId the question's id, not blank
     * @param answer     the answer, not null
     * @param targetDate the target date, or null
     * @param comment    the comment, or null
     * @return the response, never null
     */
    public static ConditionResponse of(String questionId, ConditionAnswer answer, LocalDate targetDate, String comment) {
        return new ConditionResponse(questionId, answer, Optional.ofNullable(targetDate), comment == null ? "" : comment);
    }
}
