package org.openbcf.core.condition;

import java.util.List;

/**
 * The wording of each era's national conditions, as the templates print it (hyphens normalised).
 * Where a source gives only titles (2016/17 plan, 2023-25 update) the question is the title.
 */
final class ConditionWording {

    /** 2015/16 quarterly template sheet 3, seed 000 lines 1659–1745. */
    static final List<NationalCondition> Y2015_16 = List.of(
            new NationalCondition("1", "Plans to be jointly agreed", "Are the plans still jointly agreed?"),
            new NationalCondition("2", "Protection for social care services (not spending)",
                    "Are Social Care Services (not spending) being protected?"),
            new NationalCondition("3", "7-day services to support patients being discharged and prevent unnecessary "
                    + "admissions at weekends", "Are the 7 day services to support patients being discharged and "
                    + "prevent unnecessary admission at weekends in place and delivering?"),
            new NationalCondition("4i", "Better data sharing between health and social care, based on the NHS number",
                    "Is the NHS Number being used as the primary identifier for health and care services?"),
            new NationalCondition("4ii", "Better data sharing between health and social care, based on the NHS number",
                    "Are you pursuing open APIs (i.e. systems that speak to each other)?"),
            new NationalCondition("4iii", "Better data sharing between health and social care, based on the NHS number",
                    "Are the appropriate Information Governance controls in place for information sharing in line "
                            + "with Caldicott 2?"),
            new NationalCondition("5", "Ensure a joint approach to assessments and care planning and ensure that, where "
                    + "funding is used for integrated packages of care, there will be an accountable professional",
                    "Is a joint approach to assessments and care planning taking place and where funding is being used "
                            + "for integrated packages of care, is there an accountable professional?"),
            new NationalCondition("6", "Agreement on the consequential impact of changes in the acute sector",
                    "Is an agreement on the consequential impact of changes in the acute sector in place?"));

    /** 2016/17 plan, section C (R-16-7), seed 000 lines 3084–3606. */
    static final List<NationalCondition> Y2016_17 = titles(
            "Plans are jointly agreed",
            "Maintain provision of social care services",
            "Delivery of 7 Day Services",
            "Better data sharing",
            "Joint approach to assessments and care planning",
            "Agreement on consequential impact of the changes on the providers that are predicted to be "
                    + "substantially affected by the plans",
            "Agreement to invest in NHS commissioned Out-of-hospital services",
            "Agreement on a local action plan to reduce Delayed transfers of care and improve patient flow");

    /** 2022-23 end-of-year template: titles L2061–2067, questions L2218–2221. */
    static final List<NationalCondition> Y2022_23 = List.of(
            new NationalCondition("1", "Plans to be jointly agreed", "A Plan has been agreed for the Health and "
                    + "Wellbeing Board area that includes all mandatory funding and this is included in a pooled fund "
                    + "governed under section 75 of the NHS Act 2006? (This should include engagement with district "
                    + "councils on use of Disabled Facilities Grant in two tier areas)"),
            new NationalCondition("2", "NHS contribution to adult social care is maintained in line with the uplift to "
                    + "NHS Minimum Contribution", "Planned contribution to social care from the NHS minimum "
                    + "contribution is agreed in line with the BCF policy?"),
            new NationalCondition("3", "Agreement to invest in NHS commissioned out-of-hospital services",
                    "Agreement to invest in NHS commissioned out of hospital services?"),
            new NationalCondition("4", "Plan for improving outcomes for people being discharged from hospital",
                    "Plan for improving outcomes for people being discharged from hospital"));

    /** 2023-25 planning update, L1709–1713. */
    static final List<NationalCondition> Y2023_25 = titles(
            "Plans to be jointly agreed",
            "Enabling people to stay well, safe and independent at home for longer",
            "Provide the right care in the right place at the right time",
            "Maintaining NHS's contribution to adult social care and investment in NHS commissioned out of "
                    + "hospital services");

    private ConditionWording() {
    }

    private static List<NationalCondition> titles(String... titles) {
        NationalCondition[] conditions = new NationalCondition[titles.length];
        for (int i = 0; i < titles.length; i++) {
            conditions[i] = new NationalCondition(String.valueOf(i + 1), titles[i], titles[i]);
        }
        return List.of(conditions);
    }
}
