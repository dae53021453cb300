package org.openbcf.core.expenditure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.money.MonetaryAmount;

import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.money.InputLimits;

/**
 * One line of a scheme-level expenditure plan: a scheme's planned spend from one source of funding,
 * with its scheme type, area of spend and commissioner, e.g. scheme {@code 1}, "Norfolk First Response",
 * type "Reablement in a Person's Own Home", Social Care, Joint with an NHS share of 40%, from the NHS
 * minimum contribution, £9,764,917.00 (issue 13 {@code expenditure.csv}: {@code scheme_id, scheme_name,
 * scheme_type, area_of_spend, commissioner, nhs_share, source_of_funding, amount}; the templates'
 * Expenditure tab, 2017-19 onwards).
 *
 * <p>The NHS share is a percentage from 0 to 100 inclusive, at most 10 decimal places, required for a
 * {@link Commissioner#JOINT} line and refused for an {@link Commissioner#LA} or {@link Commissioner#NHS}
 * line. The amount is GBP, whole pennies, £0 to £1,000,000,000 ({@link InputLimits}, as a contribution).
 * A scheme may have several lines (one per source of funding). This class is immutable and thread-safe.
 *
 * @param schemeId        the scheme's id as the plan writes it, e.g. {@code 1} or {@code NCH3}, stripped, not blank
 * @param schemeName      the scheme's name, stripped, not null (may be empty)
 * @param schemeType      the scheme type, e.g. {@code Carers Services}, stripped, not blank
 * @param area            the area of spend, not null
 * @param commissioner    who commissions the line, not null
 * @param nhsSharePercent the NHS share of a joint line, 0 to 100; empty for LA and NHS lines
 * @param source          the source of funding, not null
 * @param amount          the planned spend, GBP, £0 to £1,000,000,000, whole pennies
 * @since 0.1.0
 */
public record ExpenditureLine(String schemeId, String schemeName, String schemeType, AreaOfSpend area,
                              Commissioner commissioner, Optional<BigDecimal> nhsSharePercent, FundingStream source,
                              MonetaryAmount amount) {

    /** The most decimal places an NHS share may have (openbcf's limit; the templates show whole percentages). */
    public static final int MAX_SHARE_DECIMAL_PLACES = 10;

    private static final Pattern REABLEMENT = Pattern.compile("(?<![\\p{L}])re-?ablement(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CARERS = Pattern.compile("(?<![\\p{L}])carer(?:s|['\u2019]s|s['\u2019])?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Checks the components.
     *
     * @param schemeId        the scheme's id
     * @param schemeName      the scheme's name
     * @param schemeType      the scheme type
     * @param area            the area of spend
     * @param commissioner    who commissions the line
     * @param nhsSharePercent the NHS share of a joint line
     * @param source          the source of funding
     * @param amount          the planned spend
     */
    public ExpenditureLine {
        schemeId = Checks.notBlank(schemeId, "schemeId").strip();
        schemeName = Checks.notNull(schemeName, "schemeName").strip();
        schemeType = Checks.notBlank(schemeType, "schemeType").strip();
        Checks.notNull(area, "area");
        Checks.notNull(commissioner, "commissioner");
        Checks.notNull(nhsSharePercent, "nhsSharePercent");
        Checks.notNull(source, "source");
        InputLimits.requireInput(amount, "amount of scheme " + schemeId + " from " + source.label());
        if (commissioner == Commissioner.JOINT) {
            if (nhsSharePercent.isEmpty()) {
                throw new IllegalArgumentException("nhsSharePercent of scheme " + schemeId
                        + " is missing: a Joint line states the NHS share, 0 to 100 percent");
            }
            BigDecimal share = nhsSharePercent.get();
            String field = "nhsSharePercent of scheme " + schemeId;
            Checks.atMost(share, 100, field);
            Checks.nonNegative(share, field);
            Checks.decimalPlaces(share, MAX_SHARE_DECIMAL_PLACES, field);
        } else if (nhsSharePercent.isPresent()) {
            throw new IllegalArgumentException("nhsSharePercent of scheme " + schemeId + " ("
                    + Checks.quote(nhsSharePercent.get()) + ") is refused for commissioner " + commissioner.label()
                    + ": only a Joint line states an NHS share");
        }
    }

    /**
     * A line: {@code of("1", "Norfolk First Response", "Reablement in a Person's Own Home",
     * AreaOfSpend.SOCIAL_CARE, Commissioner.JOINT, new BigDecimal("40"), FundingStream.NHS_MINIMUM,
     * Gbp.of(9_764_917))}.
     *
     * @param schemeId             the scheme's id, not blank
     * @param schemeName           the scheme's name, not null (may be empty)
     * @param schemeType           the scheme type, not blank
     * @param area                 the area of spend, not null
     * @param commissioner         who commissions the line, not null
     * @param nhsSharePercentOrNull the NHS share in percent, 0 to 100, for a Joint line; null for LA and NHS lines
     * @param source               the source of funding, not null
     * @param amount               the planned spend, GBP, £0 to £1,000,000,000, whole pennies
     * @return the line, never null
     * @throws IllegalArgumentException naming the scheme, the field and the value when a component breaks its rule
     */
    public static ExpenditureLine of(String schemeId, String schemeName, String schemeType, AreaOfSpend area,
                                     Commissioner commissioner, BigDecimal nhsSharePercentOrNull, FundingStream source,
                                     MonetaryAmount amount) {
        return new ExpenditureLine(schemeId, schemeName, schemeType, area, commissioner,
                Optional.ofNullable(nhsSharePercentOrNull), source, amount);
    }

    /**
     * The NHS-commissioned part of the line: the whole amount for {@link Commissioner#NHS}, £0 for
     * {@link Commissioner#LA}, and amount × share / 100 for {@link Commissioner#JOINT} (40% of
     * £1,000.01 is £400.004). The joint part is exact, never rounded: openbcf's money type holds
     * fractions of a penny exactly, and no source says where to round, so a sum of joint parts is
     * exact too (openbcf's reading of the templates' NHS-commissioned summary).
     *
     * @return the NHS-commissioned amount, between £0 and the amount, never null
     */
    public MonetaryAmount nhsCommissioned() {
        return switch (commissioner) {
            case NHS -> amount;
            case LA -> Gbp.zero();
            case JOINT -> Gbp.times(amount, nhsSharePercent.orElseThrow().movePointLeft(2));
        };
    }

    /**
     * Whether the line is funded from the NHS minimum contribution: its source is the NHS minimum
     * contribution (from 2022-23) or the CCG minimum contribution (its name until 2021-22). The
     * minimums and floors on the NHS minimum (adult social care, out-of-hospital spend, the spend it
     * must fund) count these lines only.
     *
     * @return true when the line's source is the NHS (or CCG) minimum contribution
     */
    public boolean isFromNhsMinimum() {
        return source.isNhsMinimum();
    }

    /**
     * Whether the scheme type names reablement: the word "reablement" (or "re-ablement") anywhere in
     * it, ignoring case, e.g. "Reablement in a Person's Own Home" or "Bed based intermediate Care
     * Services (Reablement, rehabilitation …)". This is openbcf's reading of the template's scheme
     * types; the sources give no list of the types that count as reablement (norfolk-2023-25 F6 names
     * only "reablement services").
     *
     * @return true when the scheme type names reablement
     */
    public boolean isReablement() {
        return REABLEMENT.matcher(schemeType).find();
    }

    /**
     * Whether the scheme type names support for carers: the word "carer", "carers", "carer's" or
     * "carers'" anywhere in it, ignoring case, e.g. "Carers Services". This is openbcf's reading of the
     * template's scheme types (norfolk-2023-25 F6 names "support of unpaid carers"); the scheme type,
     * not the name, decides, so a scheme named "Live in Carers" of type "Home Care or Domiciliary Care"
     * does not count.
     *
     * @return true when the scheme type names carers
     */
    public boolean isCarers() {
        return CARERS.matcher(schemeType).find();
    }

    /**
     * Readable text, e.g. {@code scheme 1 Norfolk First Response (Reablement in a Person's Own Home; Social Care;
     * Joint, NHS share 40%; NHS minimum contribution): £9,764,917.00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "scheme " + schemeId + (schemeName.isEmpty() ? "" : " " + schemeName) + " (" + schemeType + "; "
                + area.label() + "; " + commissioner.label()
                + nhsSharePercent.map(s -> ", NHS share " + s.stripTrailingZeros().toPlainString() + "%").orElse("")
                + "; " + source.label() + "): " + Gbp.format(amount);
    }
}
