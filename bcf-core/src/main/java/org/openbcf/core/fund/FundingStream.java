package org.openbcf.core.fund;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.time.FinancialYear;

/**
 * A funding stream of the Better Care Fund, with the financial years in which it exists.
 *
 * <p>Sources: 2015/16 and 2016/17 plans (CCG minimum, DFG, social care capital grant, discontinued
 * from 2016/17 when it moved into DFG); iBCF from 2017/18; 2022-23 and 2023-25 templates (NHS
 * minimum contribution, DFG, iBCF, ASC Discharge Fund LA and ICB parts, additional LA and NHS
 * contributions); 2025-26 (bcf-2024-27 §1.3: the Local Authority Better Care Grant replaces the iBCF
 * and absorbs the LA Discharge Fund, the ICB Discharge Fund is folded into the NHS minimum, §1.6).
 *
 * <p>The years of each stream are declared here and only here; {@code org.openbcf.core.year.BcfYear}
 * answers "which streams exist in a year" from them, and {@link PooledFund#check()} reports a
 * contribution outside its stream's years (R-POOL-3). This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FundingStream {
    /** The CCG minimum contribution, 2015/16 to 2021/22 (CCGs closed in July 2022). */
    CCG_MINIMUM("CCG minimum contribution", StreamCategory.MINIMUM, true, 2015, 2021),
    /** The NHS minimum contribution, from 2022-23 ("NHS Minimum Fund"; also "Core BCF"). */
    NHS_MINIMUM("NHS minimum contribution", StreamCategory.MINIMUM, true, 2022, null),
    /** The Disabled Facilities Grant, paid through the upper-tier authority. */
    DFG("Disabled Facilities Grant", StreamCategory.MINIMUM, false, 2015, null),
    /** The social care capital grant, 2015/16 only; from 2016/17 it is part of DFG. */
    SOCIAL_CARE_CAPITAL_GRANT("social care capital grant", StreamCategory.MINIMUM, false, 2015, 2015),
    /**
     * DFG and social care capital grant reported as one figure, as in the 2016/17 plan's 2015/16
     * contribution column, which gives the council's gross contribution without a split.
     */
    DFG_AND_SOCIAL_CARE_CAPITAL_GRANT("DFG and social care capital grant", StreamCategory.MINIMUM, false, 2015, 2015),
    /**
     * The improved Better Care Fund grant to local authorities, 2017/18 to 2024-25 (norfolk-2017-2019
     * FR-04; from 2025-26 the Local Authority Better Care Grant, bcf-2024-27 §1.3).
     */
    IBCF("iBCF", StreamCategory.MINIMUM, false, 2017, 2024),
    /**
     * The Local Authority Better Care Grant, from 2025-26: "formerly known as the improved Better Care
     * Fund", the iBCF plus the LA Discharge Fund (bcf-2024-27 §1.3, R-25-2; £2,640m nationally).
     */
    LABCG("Local Authority Better Care Grant", StreamCategory.MINIMUM, false, 2025, null),
    /**
     * The local authority's part of the ASC Discharge Fund, 2022-23 to 2024-25; from 2025-26 it is
     * part of the LABCG (bcf-2024-27 §1.6).
     */
    ASC_DISCHARGE_FUND_LA("ASC Discharge Fund (LA)", StreamCategory.DISCHARGE_FUND, false, 2022, 2024),
    /**
     * The ICB's part of the ASC Discharge Fund, 2022-23 to 2024-25; from 2025-26 it is part of the NHS
     * minimum contribution (bcf-2024-27 §1.6).
     */
    ASC_DISCHARGE_FUND_ICB("ASC Discharge Fund (ICB)", StreamCategory.DISCHARGE_FUND, true, 2022, 2024),
    /** A voluntary additional local authority contribution, e.g. Norfolk's ICES enhancement. */
    ADDITIONAL_LA("additional LA contribution", StreamCategory.ADDITIONAL, false, 2015, null),
    /** A voluntary additional NHS contribution. */
    ADDITIONAL_NHS("additional NHS contribution", StreamCategory.ADDITIONAL, true, 2015, null);

    private final String label;
    private final StreamCategory category;
    private final boolean nhs;
    private final int firstStartYear;
    private final Integer lastStartYear;

    FundingStream(String label, StreamCategory category, boolean nhs, int firstStartYear, Integer lastStartYear) {
        this.label = label;
        this.category = category;
        this.nhs = nhs;
        this.firstStartYear = firstStartYear;
        this.lastStartYear = lastStartYear;
    }

    /**
     * The stream with the given name, ignoring case and surrounding spaces: its label ({@code iBCF},
     * {@code Disabled Facilities Grant}, {@code NHS minimum contribution}) or a name the templates use
     * for it: {@code Minimum CCG contribution}, {@code DFG}, {@code improved Better Care Fund},
     * {@code LABCG}, {@code NHS minimum fund}, {@code Additional NHS contribution}, etc.
     *
     * @param name the name, not null
     * @return the stream, never null
     * @throws IllegalArgumentException naming the value and the accepted labels when no stream has that name
     */
    public static FundingStream ofLabel(String name) {
        Checks.notNull(name, "funding stream");
        String key = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (FundingStream stream : values()) {
            if (stream.label.toLowerCase(java.util.Locale.ROOT).equals(key)) {
                return stream;
            }
        }
        FundingStream alias = switch (key) {
            case "minimum ccg contribution", "ccg minimum", "minimum ccg allocation" -> CCG_MINIMUM;
            case "nhs minimum fund", "minimum nhs contribution", "nhs minimum" -> NHS_MINIMUM;
            case "dfg" -> DFG;
            case "improved better care fund", "ibcf grant" -> IBCF;
            case "labcg", "la better care grant" -> LABCG;
            case "asc discharge fund la", "la discharge fund" -> ASC_DISCHARGE_FUND_LA;
            case "asc discharge fund icb", "icb discharge fund" -> ASC_DISCHARGE_FUND_ICB;
            case "additional la", "additional local authority contribution" -> ADDITIONAL_LA;
            case "additional nhs", "additional icb contribution", "additional ccg contribution" -> ADDITIONAL_NHS;
            default -> null;
        };
        if (alias == null) {
            throw new IllegalArgumentException("unknown funding stream " + org.openbcf.core.number.Numbers.shown(name.strip())
                    + "; expected one of: " + Arrays.stream(values()).map(FundingStream::label)
                    .collect(Collectors.joining(", ")));
        }
        return alias;
    }

    /**
     * The label used in reports, e.g. {@code Disabled Facilities Grant}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Where the stream sits in the pool arithmetic.
     *
     * @return the category, never null
     */
    public StreamCategory category() {
        return category;
    }

    /**
     * Whether the money comes from the NHS (CCG or ICB) rather than local government.
     *
     * @return true for NHS streams
     */
    public boolean isNhs() {
        return nhs;
    }

    /**
     * Whether the stream is the NHS minimum contribution: {@link #NHS_MINIMUM} (from 2022-23) or
     * {@link #CCG_MINIMUM}, its name until 2021-22. The NHS minimum's split, floors and mandatory spend
     * count these two only.
     *
     * @return true for the NHS (or CCG) minimum contribution
     */
    public boolean isNhsMinimum() {
        return this == NHS_MINIMUM || this == CCG_MINIMUM;
    }

    /**
     * The first financial year of the stream, e.g. 2017/18 for iBCF.
     *
     * @return the year, never null
     */
    public FinancialYear firstYear() {
        return FinancialYear.of(firstStartYear);
    }

    /**
     * The last financial year of the stream, when it has ended.
     *
     * @return the year, or empty when the stream continues
     */
    public Optional<FinancialYear> lastYear() {
        return Optional.ofNullable(lastStartYear).map(FinancialYear::of);
    }

    /**
     * Whether the stream exists in a financial year.
     *
     * @param year the year, not null
     * @return true when {@code firstYear() <= year <= lastYear()}
     */
    public boolean isAvailableIn(FinancialYear year) {
        Checks.notNull(year, "year");
        return year.startYear() >= firstStartYear && (lastStartYear == null || year.startYear() <= lastStartYear);
    }

    /**
     * The streams that exist in a financial year, in declaration order.
     *
     * @param year the year, not null
     * @return the streams, never null
     */
    public static List<FundingStream> availableIn(FinancialYear year) {
        return Arrays.stream(values()).filter(s -> s.isAvailableIn(year)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The years in which the stream exists, e.g. {@code 2017/18 onwards} or {@code 2015/16 to 2015/16}.
     *
     * @return the text, never null
     */
    public String era() {
        return lastYear().map(last -> firstYear() + " to " + last).orElse(firstYear() + " onwards");
    }
}
