package org.openbcf.core.year;

import javax.money.MonetaryAmount;

import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * The national totals of each funding stream, 2015-16 to 2026-27, as the sources state them to the
 * £1m (bcf-2017-2027-by-year §10 and the sections it collects; bcf-2024-27 §1.8 for 2015-16 and
 * 2016-17). A figure the sources give only rounded ("around £3.8bn", "£4.3bn", "over £7 billion") is
 * not an exact national figure: openbcf answers it with a caller-supplies marker that quotes it, as it
 * does every figure the sources do not give. Package-private: {@link BcfYear#nationalTotal} and
 * {@link BcfYear#nationalMinimumFund} are the public questions. Stateless and thread-safe.
 */
final class NationalTotals {

    private static final String SPEC = "bcf-2017-2027-by-year ";

    private NationalTotals() {
    }

    static YearValue<MonetaryAmount> of(FinancialYear year, FundingStream stream) {
        int y = year.startYear();
        String what = "the " + year + " national total of " + stream.label();
        return switch (stream) {
            case CCG_MINIMUM -> switch (y) {
                case 2016 -> millions(3_519, "bcf-2024-27 §1.8 (NHS ring-fence £3.519bn = £2.519bn upfront + £1bn subject "
                        + "to a condition)");
                case 2019 -> rounded(what, "\"around £3.8bn\"", "L146");
                case 2020 -> millions(4_048, SPEC + "L171 (policy statement 2020 to 2021, Table 1)");
                case 2021 -> rounded(what, "\"NHS £4.3bn\" (+5.3%)", "L207");
                default -> notFound(what, y == 2015 ? "bcf-2024-27 §1.8 gives only \"£1.9bn\"" : SPEC + "L104, L128");
            };
            case NHS_MINIMUM -> switch (y) {
                case 2025 -> millions(5_614, SPEC + "L308; bcf-2024-27 §1.8 (NHSE grants page)");
                default -> notFound(what, SPEC + (y == 2026 ? "L289" : "L229, L238"));
            };
            case DFG -> switch (y) {
                case 2015 -> millions(220, "bcf-2024-27 §1.8 (£354m capital = £220m DFG + £134m social care capital)");
                case 2016 -> millions(394, "bcf-2024-27 §1.8; " + SPEC + "L101 (\"vs £394m 2016-17\")");
                case 2017 -> millions(431, SPEC + "L101");
                case 2018 -> millions(468, SPEC + "L127");
                case 2019 -> millions(505, SPEC + "L150");
                case 2020 -> millions(573, SPEC + "L171-174 (£505m paid May 2020 + £68m paid 9 December 2020)");
                case 2021 -> millions(573, SPEC + "L207, L210 (held at the 2020-21 level; HCWS617)");
                case 2024 -> millions(711, SPEC + "L236-237 (£625m paid May 2024 + £86m in-year uplift)");
                case 2025 -> millions(761, SPEC + "L236-237, L244 (£711m + £50m top-up)");
                case 2026 -> millions(723, SPEC + "L278-282 (regional figures sum to £723,000,000)");
                default -> notFound(what, SPEC + "L229, L238");
            };
            case SOCIAL_CARE_CAPITAL_GRANT -> millions(134, "bcf-2024-27 §1.8 (£354m = £220m DFG + £134m)");
            case DFG_AND_SOCIAL_CARE_CAPITAL_GRANT -> millions(354, "bcf-2024-27 §1.8 (£220m DFG + £134m social care capital)");
            case IBCF -> switch (y) {
                case 2017 -> rounded(what, "\"£105m\" original plus \"£1bn\" of the Spring Budget £2bn", "L91-94");
                case 2018 -> millions(825 + 674, SPEC + "L91 (£825m original) + L117 (£674m Spring Budget element), L120");
                case 2019 -> millions(1_837, SPEC + "L148");
                case 2020 -> millions(2_077, SPEC + "L171-172 (£1,837m + £240m winter pressures combined)");
                case 2021 -> millions(2_077, SPEC + "L208 (iBCF held at the 2020-21 level), L171 (£2,077m)");
                case 2024 -> millions(2_140, SPEC + "L307; bcf-2024-27 §1.8 (NHSE grants page)");
                default -> notFound(what, SPEC + (y == 2023 ? "L306 (only inferred from 2024-25)" : "L305"));
            };
            case LABCG -> switch (y) {
                case 2025 -> millions(2_640, SPEC + "L308; bcf-2024-27 §1.8 (NHSE grants page)");
                case 2026 -> millions(2_640, SPEC + "L269-270 (\"The 2026-27 local authority allocations of the LABCG will "
                        + "be the same as the grant allocations in 2025-26\"), L274, with 2025-26 £2,640m (L308)");
                default -> notFound(what, SPEC + "§10");
            };
            case ASC_DISCHARGE_FUND_LA -> switch (y) {
                case 2022 -> millions(200, SPEC + "L226 (£500m, 40% LA)");
                case 2023 -> millions(300, SPEC + "L234 (£300m LA)");
                default -> notFound(what, SPEC + "L307 gives no national amount");
            };
            case ASC_DISCHARGE_FUND_ICB -> switch (y) {
                case 2022 -> millions(300, SPEC + "L226 (£500m, 60% ICB)");
                case 2023 -> millions(300, SPEC + "L234 (£300m ICB)");
                default -> notFound(what, SPEC + "L307 gives no national amount");
            };
            case ADDITIONAL_LA, ADDITIONAL_NHS -> YearValue.callerSupplies(what + " (additional contributions are "
                    + "local and voluntary; the sources give no national total)");
        };
    }

    static YearValue<MonetaryAmount> fund(FinancialYear year) {
        String what = "the " + year + " national total of the mandatory (minimum) fund";
        return switch (year.startYear()) {
            case 2019 -> rounded(what, "\"over £6.4 billion\"", "L146");
            case 2020 -> millions(6_698, SPEC + "L171 (CCG minimum £4,048m + iBCF £2,077m + DFG £573m)");
            case 2021 -> rounded(what, "\"£6.9bn\"", "L207");
            case 2022 -> rounded(what, "\"Over £7 billion\"", "L221");
            case 2025 -> rounded(what, "\"the £9 billion Better Care Fund\"", "L247");
            default -> notFound(what, "bcf-2017-2027-by-year §10");
        };
    }

    private static YearValue<MonetaryAmount> millions(long millions, String source) {
        return YearValue.sourced(Gbp.of(millions * 1_000_000L), source);
    }

    private static YearValue<MonetaryAmount> rounded(String what, String stated, String line) {
        return YearValue.callerSupplies(what + " (the sources state only " + stated + ", " + SPEC + line
                + ": not an exact figure)");
    }

    private static YearValue<MonetaryAmount> notFound(String what, String where) {
        return YearValue.callerSupplies(what + " (not found: " + where + ")");
    }
}
