package org.openbcf.core.year;

import java.util.List;

import org.openbcf.core.condition.NationalCondition;

/**
 * The wording of the national conditions openbcf has no {@code ConditionSet} for (no allowed answers in
 * the sources): the four of 2017-19, unchanged in 2019/20 (bcf-2017-2027-by-year L36-60, L138), and
 * the four of 2021/22 (L192-196). Conditions 1 and 2 of 2017-19 are verbatim (L40-47); 3 and 4 as the
 * NHS England FAQs paraphrase them (L48-53). Package-private: {@link BcfYear#conditions()} is the
 * public question. Immutable and thread-safe.
 */
final class ByYearConditions {

    /** 2017/18 to 2019/20 (L36-60, L138). */
    static final List<NationalCondition> Y2017_19 = List.of(
            condition("1", "Plans to be jointly agreed", "Plans to be jointly agreed: the plan covers at least the minimum "
                    + "pooled fund, is signed off by the Health and Wellbeing Board and the constituent councils and CCGs, "
                    + "involves local housing authority representatives, and sets out how DFG will be used; in two-tier "
                    + "areas DFG is passed to the districts in full unless jointly agreed otherwise"),
            condition("2", "NHS contribution to adult social care is maintained in line with inflation", null),
            condition("3", "Requirement to ring-fence a portion of the clinical commission group minimum to invest in "
                    + "Out of Hospital services", null),
            condition("4", "A requirement to implement the High Impact Change model (HIC) for managing transfers of care", null));

    /** 2021/22 (L192-196). */
    static final List<NationalCondition> Y2021_22 = List.of(
            condition("1", "A jointly agreed plan between local health and social care commissioners, signed off by the "
                    + "Health and Wellbeing Board", null),
            condition("2", "NHS contribution to adult social care to be maintained in line with the uplift to CCG minimum "
                    + "contribution", null),
            condition("3", "Invest in NHS-commissioned out-of-hospital services", null),
            condition("4", "A plan for improving outcomes for people being discharged from hospital", null));

    private static NationalCondition condition(String id, String title, String question) {
        return new NationalCondition(id, title, question == null ? title : question);
    }

    private ByYearConditions() {
    }
}
