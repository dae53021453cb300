package org.openbcf.core.scheme;

import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.internal.Labels;

/**
 * The funding-source category A to H that Norfolk gives each BCF scheme from 2022-23, naming the
 * funding stream and the partner whose share pays for it.
 *
 * <p>Source: Norfolk HWB pack, 21 June 2023, slide "Elements of the BCF in our system" (L1805–1826,
 * rule F12 in norfolk-2023-25-plan-and-year-end.md). NWICB is the ICB, NCC the county council.
 *
 * @since 0.1.0
 */
public enum FundingSource {
    /** NWICB's allocation of the Suffolk BCF minimum contribution (Waveney). */
    A("NWICB's allocation of the Suffolk BCF minimum contribution", FundingStream.NHS_MINIMUM, PartnerType.ICB),
    /** NWICB's allocation of the Norfolk BCF minimum contribution. */
    B("NWICB's allocation of the Norfolk BCF minimum contribution", FundingStream.NHS_MINIMUM, PartnerType.ICB),
    /** Co-funded by NWICB and NCC from their allocations of the Norfolk NHS minimum contribution. */
    C("co-funded by NWICB and NCC from the Norfolk BCF NHS minimum contribution", FundingStream.NHS_MINIMUM, null),
    /** NCC's allocation of the Norfolk BCF minimum contribution. */
    D("NCC's allocation of the Norfolk BCF minimum contribution", FundingStream.NHS_MINIMUM,
            PartnerType.COUNTY_COUNCIL),
    /** NWICB's allocation of the Adult Social Care Discharge Fund. */
    E("NWICB's allocation of the ASC Discharge Fund", FundingStream.ASC_DISCHARGE_FUND_ICB, PartnerType.ICB),
    /** NCC's allocation of the Adult Social Care Discharge Fund. */
    F("NCC's allocation of the ASC Discharge Fund", FundingStream.ASC_DISCHARGE_FUND_LA, PartnerType.COUNTY_COUNCIL),
    /** The nationally determined Disabled Facilities Grant. */
    G("nationally determined DFG", FundingStream.DFG, PartnerType.COUNTY_COUNCIL),
    /** NCC's nationally determined improved BCF grant. */
    H("NCC's nationally determined iBCF", FundingStream.IBCF, PartnerType.COUNTY_COUNCIL);

    private final String description;
    private final FundingStream stream;
    private final PartnerType funder;

    FundingSource(String description, FundingStream stream, PartnerType funder) {
        this.description = description;
        this.stream = stream;
        this.funder = funder;
    }

    /**
     * What the category covers, e.g. {@code nationally determined DFG} for G.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * The funding stream the money comes from, e.g. {@link FundingStream#IBCF} for H.
     *
     * @return the stream, never null
     */
    public FundingStream stream() {
        return stream;
    }

    /**
     * Whether the partner whose share pays is the given type; C is shared, so both ICB and county
     * council match it.
     *
     * @param type the partner type, not null
     * @return true when that type of partner pays (alone or jointly)
     */
    public boolean isFundedBy(PartnerType type) {
        java.util.Objects.requireNonNull(type, "type must not be null");
        return funder == null ? type == PartnerType.ICB || type == PartnerType.COUNTY_COUNCIL : funder == type;
    }

    /**
     * The category with the given letter, ignoring case and a trailing full stop: {@code "h."} is H.
     *
     * @param letter the letter, not null
     * @return the category, never null
     * @throws IllegalArgumentException when the letter is not A to H
     */
    public static FundingSource ofLetter(String letter) {
        String wanted = Checks.notNull(letter, "letter").strip();
        return Labels.lookup(FundingSource.class, "funding source", wanted.endsWith(".") ? wanted.substring(0, wanted.length() - 1) : wanted,
                FundingSource::name);
    }
}
