package org.openbcf.core.risk;

import java.util.List;

/**
 * The 23 risk rows of Norfolk's 2016 scheme templates (NN1–NN5, NCH1–NCH4), with the texts as
 * shared/spec/norfolk-2016-schemes-and-risks.md section 2.3 gives them (seed 000, lines 4916–9506).
 * Every stated score equals likelihood × impact; NN2 R3–R6 use severity 5.
 */
public final class NorfolkRisks2016 {

    private NorfolkRisks2016() {
    }

    public static final List<Risk> ROWS = List.of(
            risk("NN1", 1, "More community support may increase social care support needs", 3, 4, 12,
                    "Monitor social care needs; adapt resources"),
            risk("NN1", 2, "Reduction in community care beds means more support and resources are needed in the community",
                    4, 3, 12, "Gap analysis of community assets"),
            risk("NN2", 1, "Resistance to change", 3, 3, 9, "Refocus on Crisis Response, quick wins"),
            risk("NN2", 2, "Failure to understand project roles and responsibilities", 4, 4, 16,
                    "Clear roles; avoid silos"),
            risk("NN2", 3, "County-wide projects may inhibit progress and traction", 4, 5, 20, "Steering Group"),
            risk("NN2", 4, "Failure to secure the necessary budget leads to project failure", 4, 5, 20,
                    "Discussions with executive lead to identify project budget"),
            risk("NN2", 5, "Pace not in line with national and regional initiatives", 2, 5, 10,
                    "Horizon scanning; flex plan"),
            risk("NN2", 6, "Lack of availability of care packages", 3, 5, 15, "Work with domiciliary care providers"),
            risk("NN3", 1, "Lack of engagement from non-clinical MDT members", 2, 3, 6,
                    "Risk stratification process including districts and housing"),
            risk("NN3", 2, "Increased flow of referrals into social care from health", 4, 3, 12,
                    "Monitor social care referrals; flexible VCS referral"),
            risk("NN3", 3, "Pace of change difficult to manage; partners disengage", 2, 2, 4,
                    "Defined, widely shared programme"),
            risk("NN3", 4, "Self-care group loses focus", 2, 3, 6, "Co-production; refresh terms of reference"),
            risk("NN3", 5, "Housing providers disagree with remodelling", 3, 4, 12, "Early engagement, clear rationale"),
            risk("NN4", 1, "Lack of engagement from practices and care homes", 2, 3, 6,
                    "Communication strategy; regular reporting"),
            risk("NN4", 2, "Pace of change difficult to manage; partners disengage", 2, 2, 4, "Defined programme"),
            risk("NN4", 3, "Care homes disagree with clinical processes", 3, 4, 12, "Early engagement; consider gain share"),
            risk("NN4", 4, "Lack of capacity in care homes for training", 3, 4, 12, "Consider financial incentives"),
            risk("NN5", 1, "Discharge hub and faster-discharge interventions fail", 2, 3, 6,
                    "Weekly KPI monitoring; senior sign-up, escalation"),
            risk("NN5", 2, "CHC brokerage problematic (placements and packages)", 3, 3, 9,
                    "KPIs and recovery plans; support to CSU brokerage"),
            risk("NCH1", 1, "New models take longer than BCF project timescale", 3, 3, 9, "Phased rollout"),
            risk("NCH2", 1, "MH rehab and reablement business case not agreed by central Norfolk CCGs", 3, 3, 9,
                    "Business case at each CCG; alternative funding"),
            risk("NCH3", 1, "Additional investment for phase 2 not agreed", 3, 3, 9,
                    "Discuss in 2016-17 contract negotiations"),
            risk("NCH4", 1, "No lottery funding for Promoting Independence pilot", 3, 3, 9,
                    "Explore alternatives; year-2 funding protected"));

    private static Risk risk(String scheme, int number, String description, int likelihood, int impact,
                             int stated, String mitigation) {
        return Risk.of(scheme + "-R" + number, description, likelihood, impact, mitigation)
                .withStatedScore(stated).withSchemeRef(scheme);
    }
}
