package org.openbcf.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.MonetaryAmount;

import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.IbcfPurpose;
import org.openbcf.core.year.ReportingItem;
import org.openbcf.core.year.YearValue;

/**
 * The values of a year's rules that a board supplies where openbcf's sources are silent, beyond the
 * uplifts, the uses of the NHS minimum, the out-of-hospital minimum, the metric definitions and the
 * allowed condition answers that {@link Board} holds itself: the national conditions' wording
 * ({@link BcfYear#conditions()}), what a No requires ({@link BcfYear#whatNoRequires()}), the iBCF
 * purposes ({@link BcfYear#ibcfPurposes()}), whether DFG is passed to district councils
 * ({@link BcfYear#dfgPassedToDistricts()}), the reporting calendar ({@link BcfYear#reporting()}), the
 * sign-offs ({@link BcfYear#signOffs()}), the national totals of the streams
 * ({@link BcfYear#nationalTotal(FundingStream)}) and of the mandatory fund
 * ({@link BcfYear#nationalMinimumFund()}). Each is optional; a value the year's sources give cannot be
 * supplied ({@link #requireCallerSupplied(BcfYear)}: openbcf never lets a board overwrite a national
 * rule). {@link BcfYear#labcgAllocations()} is sourced in every year it exists, so it has no place here.
 *
 * <p>Example: {@code SuppliedYearValues.none().withSignOffs(List.of("Health and Wellbeing Board"))
 * .withNationalTotal(FundingStream.NHS_MINIMUM, Gbp.of(5_900_000_000L))} for 2026/27. This class is immutable.
 *
 * @param conditions           the national conditions' wording, when supplied
 * @param whatNoRequires       what a No to a national condition requires: {@link #NO_NEEDS_COMMENT} or
 *                             {@link #NO_NEEDS_COMMENT_AND_DATE}, when supplied
 * @param ibcfPurposes         the purposes iBCF may be spent on, when supplied
 * @param dfgPassedToDistricts whether DFG must be passed to district councils in full, when supplied
 * @param reporting            what is reported or agreed when, when supplied
 * @param signOffs             who signs off, in order, when supplied
 * @param nationalTotals       the national totals of funding streams the board supplies, by stream
 * @param nationalMinimumFund  the national total of the mandatory (minimum) fund, when supplied
 * @since 0.1.0
 */
public record SuppliedYearValues(Optional<List<NationalCondition>> conditions, Optional<String> whatNoRequires,
                                 Optional<Set<IbcfPurpose>> ibcfPurposes, Optional<Boolean> dfgPassedToDistricts,
                                 Optional<List<ReportingItem>> reporting, Optional<List<String>> signOffs,
                                 Map<FundingStream, MonetaryAmount> nationalTotals,
                                 Optional<MonetaryAmount> nationalMinimumFund) {

    /** What a No requires when a comment is enough: the words of 2022-23 to 2024-25 ({@link BcfYear#whatNoRequires()}). */
    public static final String NO_NEEDS_COMMENT = "a comment explaining it";
    /** What a No requires when it also needs a target date: the words of 2015/16 and 2016/17. */
    public static final String NO_NEEDS_COMMENT_AND_DATE = "a comment and a target date";

    private static final SuppliedYearValues NONE = new SuppliedYearValues(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty());

    /**
     * Checks and copies the components.
     *
     * @param conditions           the conditions' wording
     * @param whatNoRequires       what a No requires
     * @param ibcfPurposes         the iBCF purposes
     * @param dfgPassedToDistricts whether DFG is passed to districts
     * @param reporting            the reporting calendar
     * @param signOffs             the sign-offs
     * @param nationalTotals       the national totals by stream
     * @param nationalMinimumFund  the national total of the mandatory fund
     * @throws IllegalArgumentException for an empty list, two conditions with one id, what a No requires in
     *                                  other words, or a national total below a penny
     */
    public SuppliedYearValues {
        conditions = Checks.notNull(conditions, "conditions").map(List::copyOf);
        conditions.ifPresent(list -> {
            nonEmpty(list, "conditions");
            if (list.stream().map(NationalCondition::id).distinct().count() != list.size()) {
                throw new IllegalArgumentException("two supplied national conditions have the same id");
            }
        });
        Checks.notNull(whatNoRequires, "whatNoRequires").ifPresent(text -> {
            if (!text.equals(NO_NEEDS_COMMENT) && !text.equals(NO_NEEDS_COMMENT_AND_DATE)) {
                throw new IllegalArgumentException("what a No requires must be '" + NO_NEEDS_COMMENT + "' or '"
                        + NO_NEEDS_COMMENT_AND_DATE + "', not '" + text + "'");
            }
        });
        ibcfPurposes = Checks.notNull(ibcfPurposes, "ibcfPurposes").map(Set::copyOf);
        Checks.notNull(dfgPassedToDistricts, "dfgPassedToDistricts");
        reporting = Checks.notNull(reporting, "reporting").map(List::copyOf);
        reporting.ifPresent(list -> nonEmpty(list, "reporting"));
        signOffs = Checks.notNull(signOffs, "signOffs").map(List::copyOf);
        signOffs.ifPresent(list -> {
            nonEmpty(list, "signOffs");
            list.forEach(s -> Checks.notBlank(s, "sign-off"));
        });
        Map<FundingStream, MonetaryAmount> totals = new EnumMap<>(FundingStream.class);
        Checks.notNull(nationalTotals, "nationalTotals").forEach((stream, total) -> totals.put(
                Checks.notNull(stream, "stream"), positive(total, "national total of " + stream.label())));
        nationalTotals = java.util.Collections.unmodifiableMap(totals);
        Checks.notNull(nationalMinimumFund, "nationalMinimumFund").ifPresent(t -> positive(t, "national minimum fund"));
    }

    private static void nonEmpty(List<?> list, String what) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty when supplied");
        }
    }

    private static MonetaryAmount positive(MonetaryAmount amount, String what) {
        Gbp.requireNonNegativePennies(amount, what);
        if (amount.isZero()) {
            throw new IllegalArgumentException(what + " must be more than £0.00");
        }
        return amount;
    }

    /**
     * No value supplied.
     *
     * @return the empty values, never null
     */
    public static SuppliedYearValues none() {
        return NONE;
    }

    /**
     * Whether nothing is supplied.
     *
     * @return true when every value is empty
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * These values with the national conditions' wording.
     *
     * @param wording the conditions, not null, not empty
     * @return new values, never null
     */
    public SuppliedYearValues withConditions(List<NationalCondition> wording) {
        return new SuppliedYearValues(Optional.of(wording), whatNoRequires, ibcfPurposes, dfgPassedToDistricts, reporting,
                signOffs, nationalTotals, nationalMinimumFund);
    }

    /**
     * These values with what a No requires.
     *
     * @param requirement {@link #NO_NEEDS_COMMENT} or {@link #NO_NEEDS_COMMENT_AND_DATE}
     * @return new values, never null
     */
    public SuppliedYearValues withWhatNoRequires(String requirement) {
        return new SuppliedYearValues(conditions, Optional.of(requirement), ibcfPurposes, dfgPassedToDistricts, reporting,
                signOffs, nationalTotals, nationalMinimumFund);
    }

    /**
     * These values with the iBCF purposes.
     *
     * @param purposes the purposes, not null (empty: iBCF may be spent on none of them)
     * @return new values, never null
     */
    public SuppliedYearValues withIbcfPurposes(Set<IbcfPurpose> purposes) {
        return new SuppliedYearValues(conditions, whatNoRequires, Optional.of(purposes), dfgPassedToDistricts, reporting,
                signOffs, nationalTotals, nationalMinimumFund);
    }

    /**
     * These values with whether DFG must be passed to district councils in full.
     *
     * @param passed the flag
     * @return new values, never null
     */
    public SuppliedYearValues withDfgPassedToDistricts(boolean passed) {
        return new SuppliedYearValues(conditions, whatNoRequires, ibcfPurposes, Optional.of(passed), reporting, signOffs,
                nationalTotals, nationalMinimumFund);
    }

    /**
     * These values with the reporting calendar.
     *
     * @param items the items, not null, not empty
     * @return new values, never null
     */
    public SuppliedYearValues withReporting(List<ReportingItem> items) {
        return new SuppliedYearValues(conditions, whatNoRequires, ibcfPurposes, dfgPassedToDistricts, Optional.of(items),
                signOffs, nationalTotals, nationalMinimumFund);
    }

    /**
     * These values with the sign-offs.
     *
     * @param who who signs off, in order, not null, not empty
     * @return new values, never null
     */
    public SuppliedYearValues withSignOffs(List<String> who) {
        return new SuppliedYearValues(conditions, whatNoRequires, ibcfPurposes, dfgPassedToDistricts, reporting,
                Optional.of(who), nationalTotals, nationalMinimumFund);
    }

    /**
     * These values with the national total of one stream (replacing an earlier one).
     *
     * @param stream the stream, not null
     * @param total  the national total, GBP, more than £0
     * @return new values, never null
     */
    public SuppliedYearValues withNationalTotal(FundingStream stream, MonetaryAmount total) {
        Map<FundingStream, MonetaryAmount> totals = new EnumMap<>(FundingStream.class);
        totals.putAll(nationalTotals);
        totals.put(Checks.notNull(stream, "stream"), total);
        return new SuppliedYearValues(conditions, whatNoRequires, ibcfPurposes, dfgPassedToDistricts, reporting, signOffs,
                totals, nationalMinimumFund);
    }

    /**
     * These values with the national total of the mandatory (minimum) fund.
     *
     * @param total the total, GBP, more than £0
     * @return new values, never null
     */
    public SuppliedYearValues withNationalMinimumFund(MonetaryAmount total) {
        return new SuppliedYearValues(conditions, whatNoRequires, ibcfPurposes, dfgPassedToDistricts, reporting, signOffs,
                nationalTotals, Optional.of(total));
    }

    /**
     * Checks that every supplied value is one the year's sources do not give, and that every national
     * total is of a stream of the year.
     *
     * @param year the year, not null
     * @return these values, never null
     * @throws IllegalArgumentException naming the first value the year's sources give (with their figure
     *                                  and citation), or a stream the year does not have
     */
    public SuppliedYearValues requireCallerSupplied(BcfYear year) {
        Checks.notNull(year, "year");
        List<String> sourced = new ArrayList<>();
        check(conditions, year.conditions(), "the national conditions", sourced);
        check(whatNoRequires, year.whatNoRequires(), "what a No requires", sourced);
        check(ibcfPurposes, year.ibcfPurposes(), "the iBCF purposes", sourced);
        check(dfgPassedToDistricts, year.dfgPassedToDistricts(), "whether DFG is passed to district councils", sourced);
        check(reporting, year.reporting(), "the reporting calendar", sourced);
        check(signOffs, year.signOffs(), "the sign-offs", sourced);
        for (FundingStream stream : nationalTotals.keySet()) {
            check(Optional.of(nationalTotals.get(stream)), year.nationalTotal(stream), "the national total of "
                    + stream.label(), sourced);
        }
        check(nationalMinimumFund, year.nationalMinimumFund(), "the national total of the mandatory fund", sourced);
        if (!sourced.isEmpty()) {
            throw new IllegalArgumentException(sourced.get(0));
        }
        return this;
    }

    static void check(Optional<?> supplied, YearValue<?> national, String what, List<String> sourced) {
        if (supplied.isPresent() && national.isSourced()) {
            sourced.add(what + " cannot be supplied: it is a national figure in this year (" + national + ")");
        }
    }
}
