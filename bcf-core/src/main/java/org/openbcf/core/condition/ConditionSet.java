package org.openbcf.core.condition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;

/**
 * The national conditions of each BCF era, with the answers the era allows and what a No needs.
 *
 * <ul>
 *   <li>2015/16: six conditions (Spending Round), eight questions (4i–4iii); Yes, No or No - In
 *       Progress; a No needs a target date and a comment (R-NC-1 to R-NC-4, seed 000 lines 1123–1763).</li>
 *   <li>2016/17: eight conditions (plan section C, R-16-7); answered as in 2015/16 (openbcf's reading:
 *       the 2016/17 quarterly returns kept the 2015/16 sheet).</li>
 *   <li>2022-23: four conditions; Yes or No; a No needs an explanation (V-NC1, L2057).</li>
 *   <li>2023-25 (2023/24 and 2024/25): four new conditions (L1709–1713); answered as in 2022-23.</li>
 * </ul>
 *
 * <p>Condition wording is in {@link ConditionWording}. This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ConditionSet {
    /** 2015/16: six conditions, eight questions. */
    BCF_2015_16(2015, 2015, true, true, ConditionWording.Y2015_16),
    /** 2016/17: eight conditions. */
    BCF_2016_17(2016, 2016, true, true, ConditionWording.Y2016_17),
    /** 2022-23: four conditions. */
    BCF_2022_23(2022, 2022, false, false, ConditionWording.Y2022_23),
    /** 2023-25: four conditions for 2023/24 and 2024/25. */
    BCF_2023_25(2023, 2024, false, false, ConditionWording.Y2023_25);

    /** Rule: every question is answered (template checklist, R-NC-6). */
    public static final Rule RULE_ANSWERED = Rule.R_NC_6;
    /** Rule: the answer is one the era allows (R-NC-2; V-NC1 from 2022-23). */
    public static final Rule RULE_ALLOWED_ANSWER = Rule.R_NC_2;
    /** Rule: a No has a comment, and where the era asks, a target date (R-NC-3; V-NC1). */
    public static final Rule RULE_NO_NEEDS_DATE_AND_COMMENT = Rule.R_NC_3;
    /** Rule: No - In Progress means the condition will be met by 31 March of the year (R-NC-4, D-12). */
    public static final Rule RULE_IN_PROGRESS_BY_YEAR_END = Rule.R_NC_4;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final int firstStartYear;
    private final int lastStartYear;
    private final boolean inProgressAllowed;
    private final boolean dateForNo;
    private final List<NationalCondition> questions;

    ConditionSet(int firstStartYear, int lastStartYear, boolean inProgressAllowed, boolean dateForNo,
                 List<NationalCondition> questions) {
        this.firstStartYear = firstStartYear;
        this.lastStartYear = lastStartYear;
        this.inProgressAllowed = inProgressAllowed;
        this.dateForNo = dateForNo;
        this.questions = questions;
    }

    /**
     * The set in force in a financial year: 2016/17 is {@link #BCF_2016_17}, 2024/25 {@link #BCF_2023_25}.
     *
     * @param year the year, not null
     * @return the set, never null
     * @throws IllegalArgumentException for a year whose conditions openbcf's sources do not give with
     *                                  their answers (2017/18 to 2021/22, 2025/26 onwards): the message
     *                                  points to {@code BcfYear}, which says what the caller supplies
     */
    public static ConditionSet forYear(FinancialYear year) {
        return find(year).orElseThrow(() -> new IllegalArgumentException("national conditions of " + year
                + ": openbcf's sources give no checkable set (sets exist for 2015/16, 2016/17, 2022/23 and 2023/24 to "
                + "2024/25); BcfYear.of(" + year + ").conditions() gives what the sources record and what the caller supplies"));
    }

    /**
     * The set in force in a financial year, if the sources give one with its answers.
     *
     * @param year the year, not null
     * @return the set, or empty (2017/18 to 2021/22, 2025/26 onwards)
     */
    public static java.util.Optional<ConditionSet> find(FinancialYear year) {
        Checks.notNull(year, "year");
        for (ConditionSet set : values()) {
            if (year.startYear() >= set.firstStartYear && year.startYear() <= set.lastStartYear) {
                return java.util.Optional.of(set);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The questions in template order.
     *
     * @return an unmodifiable list, never null
     */
    public List<NationalCondition> questions() {
        return questions;
    }

    /**
     * The number of conditions: 6 in 2015/16 (its 8 questions share condition 4), 8 in 2016/17, 4 after.
     *
     * @return the count
     */
    public int conditionCount() {
        return (int) questions.stream().mapToInt(NationalCondition::number).distinct().count();
    }

    /**
     * The answers the era allows: Yes and No, plus No - In Progress in 2015/16 and 2016/17.
     *
     * @return a new set, never null
     */
    public Set<ConditionAnswer> allowedAnswers() {
        return inProgressAllowed ? EnumSet.allOf(ConditionAnswer.class) : EnumSet.of(ConditionAnswer.YES, ConditionAnswer.NO);
    }

    /**
     * Whether a No needs a target date as well as a comment (2015/16 and 2016/17).
     *
     * @return true when a date is required
     */
    public boolean requiresDateForNo() {
        return dateForNo;
    }

    /**
     * Checks a board's answers. Findings: an unanswered question ({@link #RULE_ANSWERED}, ERROR); an
     * answer the era does not allow ({@link #RULE_ALLOWED_ANSWER}, ERROR); a No without a comment or,
     * where the era asks for one, a date ({@link #RULE_NO_NEEDS_DATE_AND_COMMENT}, ERROR); No - In
     * Progress with a target date after 31 March of {@code year} ({@link #RULE_IN_PROGRESS_BY_YEAR_END},
     * WARNING: the template accepts it, as Norfolk's condition 3 shows, D-12).
     *
     * @param year      the financial year reported on, not null; must be in this set's era
     * @param responses the answers, not null, at most one per question
     * @return the findings in question order, never null
     * @throws IllegalArgumentException for an unknown or repeated question id, or a year outside the era
     */
    public Findings check(FinancialYear year, List<ConditionResponse> responses) {
        Checks.notNull(year, "year");
        Checks.notNull(responses, "responses");
        if (forYear(year) != this) {
            throw new IllegalArgumentException("year " + year + " is not in the era of " + this);
        }
        Map<String, ConditionResponse> byId = byQuestion(questions, responses, this.toString());
        List<Finding> found = new ArrayList<>();
        for (NationalCondition q : questions) {
            ConditionResponse r = byId.get(q.id());
            String where = "nationalConditions." + q.id();
            if (r == null) {
                found.add(Finding.of(RULE_ANSWERED, Severity.ERROR, where, "condition " + q.id() + " is not answered"));
                continue;
            }
            if (!allowedAnswers().contains(r.answer())) {
                found.add(Finding.of(RULE_ALLOWED_ANSWER, Severity.ERROR, where, "condition " + q.id() + " answer '"
                        + r.answer() + "' is not allowed in " + this + " (Yes or No)"));
            }
            if (r.answer().isNo()) {
                if (dateForNo && r.targetDate().isEmpty()) {
                    found.add(noTargetDate(q, r));
                }
                if (r.comment().isEmpty()) {
                    found.add(Finding.of(RULE_NO_NEEDS_DATE_AND_COMMENT, Severity.ERROR, where + ".comment", "condition "
                            + q.id() + " is answered '" + r.answer() + "' without a comment"));
                }
            }
            LocalDate yearEnd = year.lastDay();
            if (r.answer() == ConditionAnswer.NO_IN_PROGRESS && r.targetDate().filter(d -> d.isAfter(yearEnd)).isPresent()) {
                found.add(Finding.of(RULE_IN_PROGRESS_BY_YEAR_END, Severity.WARNING, where + ".date", "condition " + q.id()
                        + " is 'No - In Progress' but its target date " + DATE.format(r.targetDate().get())
                        + " is after " + DATE.format(yearEnd) + "; 'No' fits a condition not met by the year end"));
            }
        }
        return Findings.of(found);
    }

    /**
     * Checks answers to conditions whose wording the sources record but whose template openbcf does not
     * have (2025/26: NC1 to NC3, the answers allowed not recorded). Findings: a question without an
     * answer ({@link #RULE_ANSWERED}, ERROR) and a No without a comment ({@link #RULE_NO_NEEDS_DATE_AND_COMMENT},
     * ERROR): the rule of every year whose template openbcf has (2015/16, 2016/17, 2022-23 to
     * 2024-25), applied as openbcf's reading. Which answers are allowed is not checked.
     *
     * @param questions the year's conditions, not null
     * @param responses the answers, not null, at most one per question, each to one of the questions
     * @return the findings in question order, never null
     * @throws IllegalArgumentException for an unknown or repeated question id
     */
    public static Findings checkAnswers(List<NationalCondition> questions, List<ConditionResponse> responses) {
        return eachQuestion(questions, responses, (q, r) -> {
            String where = "nationalConditions." + q.id();
            if (r == null) {
                return Optional.of(Finding.of(RULE_ANSWERED, Severity.ERROR, where, "condition " + q.id() + " is not answered"));
            }
            return r.answer().isNo() && r.comment().isEmpty() ? Optional.of(Finding.of(RULE_NO_NEEDS_DATE_AND_COMMENT,
                    Severity.ERROR, where + ".comment", "condition " + q.id() + " is answered '" + r.answer()
                            + "' without a comment (a No is explained in every year openbcf has the template of)"))
                    : Optional.empty();
        });
    }

    /** Applies a rule to each question and its answer (null when unanswered), in question order. */
    private static Findings eachQuestion(List<NationalCondition> questions, List<ConditionResponse> responses,
            java.util.function.BiFunction<NationalCondition, ConditionResponse, Optional<Finding>> rule) {
        Checks.notNull(questions, "questions");
        Checks.notNull(responses, "responses");
        Map<String, ConditionResponse> byId = byQuestion(questions, responses, "the year");
        List<Finding> found = new ArrayList<>();
        for (NationalCondition q : questions) {
            rule.apply(q, byId.get(q.id())).ifPresent(found::add);
        }
        return Findings.of(found);
    }

    /**
     * {@link #checkAnswers(List, List)} with the answers the caller supplies for a year whose allowed
     * answers are not in openbcf's sources: an answer outside them is {@link #RULE_ALLOWED_ANSWER}
     * (ERROR), its message saying the allowed answers were supplied, e.g. {@code checkAnswers(questions,
     * responses, Set.of(ConditionAnswer.YES, ConditionAnswer.NO))}.
     *
     * @param questions the year's conditions, not null
     * @param responses the answers, not null, at most one per question, each to one of the questions
     * @param allowed   the answers the caller allows, not null, not empty
     * @return the findings of {@link #checkAnswers(List, List)} in question order, then the answers outside
     *         {@code allowed} in question order; never null
     * @throws IllegalArgumentException for an unknown or repeated question id, or no allowed answer
     */
    public static Findings checkAnswers(List<NationalCondition> questions, List<ConditionResponse> responses,
                                        Set<ConditionAnswer> allowed) {
        Checks.notNull(allowed, "allowed");
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("allowed answers must not be empty");
        }
        List<Finding> found = new ArrayList<>();
        Map<String, ConditionResponse> byId = byQuestion(questions, responses, "the year");
        String list = allowed.stream().sorted().map(ConditionAnswer::toString).collect(java.util.stream.Collectors.joining(", "));
        for (NationalCondition q : questions) {
            ConditionResponse r = byId.get(q.id());
            if (r != null && !allowed.contains(r.answer())) {
                found.add(Finding.of(RULE_ALLOWED_ANSWER, Severity.ERROR, "nationalConditions." + q.id(), "condition "
                        + q.id() + " answer '" + r.answer() + "' is not one of the answers supplied for the year (" + list + ")"));
            }
        }
        List<Finding> all = new ArrayList<>(checkAnswers(questions, responses).list());
        all.addAll(found);
        return Findings.of(all);
    }

    /**
     * Checks that every No has a target date, for a year whose caller supplies that a No needs one (the
     * rule of 2015/16 and 2016/17, {@link #requiresDateForNo()}): a No without a target date is
     * {@link #RULE_NO_NEEDS_DATE_AND_COMMENT} (ERROR) at {@code nationalConditions.<id>.date}.
     *
     * @param questions the year's conditions, not null
     * @param responses the answers, not null, at most one per question, each to one of the questions
     * @return the findings in question order, never null
     * @throws IllegalArgumentException for an unknown or repeated question id
     */
    public static Findings checkTargetDates(List<NationalCondition> questions, List<ConditionResponse> responses) {
        return eachQuestion(questions, responses, (q, r) -> r != null && r.answer().isNo() && r.targetDate().isEmpty()
                ? Optional.of(noTargetDate(q, r)) : Optional.empty());
    }

    private static Finding noTargetDate(NationalCondition q, ConditionResponse r) {
        return Finding.of(RULE_NO_NEEDS_DATE_AND_COMMENT, Severity.ERROR, "nationalConditions." + q.id() + ".date",
                "condition " + q.id() + " is answered '" + r.answer() + "' without a target date");
    }

    /** The responses by question id, refusing an unknown or repeated question (named after {@code owner}). */
    private static Map<String, ConditionResponse> byQuestion(List<NationalCondition> questions,
                                                             List<ConditionResponse> responses, String owner) {
        Map<String, ConditionResponse> byId = new LinkedHashMap<>();
        for (int i = 0; i < responses.size(); i++) {
            ConditionResponse r = Checks.notNullElement(responses.get(i), "responses", i);
            if (questions.stream().noneMatch(q -> q.id().equals(r.questionId()))) {
                throw new IllegalArgumentException("response " + (i + 1) + " answers condition '" + r.questionId()
                        + "', which " + owner + " does not have");
            }
            if (byId.put(r.questionId(), r) != null) {
                throw new IllegalArgumentException("response " + (i + 1) + " answers condition " + r.questionId() + " again");
            }
        }
        return byId;
    }

    /**
     * The era, e.g. {@code 2023-25 national conditions}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return (firstStartYear == lastStartYear ? FinancialYear.of(firstStartYear).toString()
                : firstStartYear + "-" + (lastStartYear + 1) % 100) + " national conditions";
    }
}
