package org.openbcf.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The names a dataset may give a funding stream or a partner type. */
class StreamAndPartnerLabelsTest {

    @Test
    void everyStreamIsFoundByItsOwnLabelIgnoringCaseAndSpaces() {
        for (FundingStream stream : FundingStream.values()) {
            assertThat(FundingStream.ofLabel("  " + stream.label().toUpperCase(java.util.Locale.ROOT) + " ")).isSameAs(stream);
        }
    }

    @Test
    void theNhsMinimumIsTheNhsMinimumContributionOrItsEarlierNameTheCcgMinimum() {
        for (FundingStream stream : FundingStream.values()) {
            assertThat(stream.isNhsMinimum()).as(stream.label())
                    .isEqualTo(stream == FundingStream.NHS_MINIMUM || stream == FundingStream.CCG_MINIMUM);
        }
    }

    @Test
    void theTemplatesOtherNamesAreAccepted() {
        assertThat(FundingStream.ofLabel("Minimum CCG contribution")).isSameAs(FundingStream.CCG_MINIMUM);
        assertThat(FundingStream.ofLabel("NHS minimum contribution")).isSameAs(FundingStream.NHS_MINIMUM);
        assertThat(FundingStream.ofLabel("Additional LA contribution")).isSameAs(FundingStream.ADDITIONAL_LA);
        assertThat(FundingStream.ofLabel("Additional  NHS contribution")).isSameAs(FundingStream.ADDITIONAL_NHS);
        assertThat(FundingStream.ofLabel("Social care capital grant")).isSameAs(FundingStream.SOCIAL_CARE_CAPITAL_GRANT);
        assertThat(FundingStream.ofLabel("LABCG")).isSameAs(FundingStream.LABCG);
        assertThat(FundingStream.ofLabel("DFG")).isSameAs(FundingStream.DFG);
    }

    @Test
    void anUnknownStreamNamesTheValueAndTheLabels() {
        assertThatThrownBy(() -> FundingStream.ofLabel("Better Care Grant"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown funding stream 'Better Care Grant'")
                .hasMessageContaining("Local Authority Better Care Grant");
        assertThatThrownBy(() -> FundingStream.ofLabel(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("funding stream");
    }

    @Test
    void everyKindOfCouncilIsASocialCareAuthorityAndADistrictIsNot() {
        assertThat(PartnerType.ofLabel("London borough")).isSameAs(PartnerType.LONDON_BOROUGH);
        assertThat(PartnerType.ofLabel("local authority")).isSameAs(PartnerType.LOCAL_AUTHORITY);
        assertThat(PartnerType.ofLabel("Unitary Authority")).isSameAs(PartnerType.UNITARY_AUTHORITY);
        assertThat(PartnerType.ofLabel("metropolitan borough")).isSameAs(PartnerType.METROPOLITAN_BOROUGH);
        for (PartnerType type : PartnerType.values()) {
            boolean council = type == PartnerType.COUNTY_COUNCIL || type == PartnerType.UNITARY_AUTHORITY
                    || type == PartnerType.METROPOLITAN_BOROUGH || type == PartnerType.LONDON_BOROUGH
                    || type == PartnerType.LOCAL_AUTHORITY;
            assertThat(type.isSocialCareAuthority()).as(type.label()).isEqualTo(council);
            assertThat(type.isNhs() && type.isSocialCareAuthority()).isFalse();
        }
    }
}
