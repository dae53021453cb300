package org.openbcf.examples.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbcf.examples.format.P4pCsv;
import org.openbcf.examples.format.RiskCsv;
import org.openbcf.examples.io.Schema;
import org.openbcf.review.Board;

/**
 * The BCF dataset format, version {@value #VERSION}: one board's plan or return for one year, as a
 * folder of CSV files or one {@code .xlsx} workbook with one sheet per file (sheet name = file name
 * without {@code .csv}, same headers). Only {@code board.csv} is required; what else is present is
 * checked. Header names are matched ignoring case and surrounding spaces; a missing, repeated or
 * unknown column and a field {@code board.csv} does not know are refused with the nearest known name.
 * A file or sheet that is not a table of the format is not read: it is named in a note, with the
 * nearest table name (a hidden file, and the template's {@code README} and {@code Lists} sheets, are
 * skipped without one).
 *
 * <p>Every file and column is listed here and only here: the reader, {@code bcf init} and the README
 * table come from these constants. This class is a stateless holder and thread-safe.
 *
 * @since 0.1.0
 */
public final class DatasetFormat {

    /** The format version this openbcf reads and writes: {@value}. */
    public static final String VERSION = "1";

    /** {@code board.csv}: {@code field,value}. */
    public static final String BOARD = "board";
    /** {@code contributions.csv}: the pooled fund, one row per partner, stream, basis and line. */
    public static final String CONTRIBUTIONS = "contributions";
    /** {@code expenditure.csv}: the scheme-level expenditure plan. */
    public static final String EXPENDITURE = "expenditure";
    /** {@code spending-by-category.csv}: planned spend by category (the 2015/16 and 2016/17 plans). */
    public static final String SPENDING = "spending-by-category";
    /** {@code income-and-expenditure.csv}: quarterly or year-end income and expenditure. */
    public static final String INCOME_AND_EXPENDITURE = "income-and-expenditure";
    /** {@code conditions.csv}: the answers to the year's national conditions. */
    public static final String CONDITIONS = "conditions";
    /** {@code metrics.csv}: metric plans and outturns. */
    public static final String METRICS = "metrics";
    /** {@code risks.csv}: the risk register, as {@code bcf risk} reads it. */
    public static final String RISKS = "risks";
    /** {@code p4p.csv}: the 2015/16 payment-for-performance year, as {@code bcf p4p} reads it. */
    public static final String P4P = "p4p";
    /** {@code discharge-fund.csv}: the 2022-23 to 2024-25 ASC Discharge Fund tab. */
    public static final String DISCHARGE_FUND = "discharge-fund";

    /** Every file's schema, in the order the review reads them. */
    public static final Map<String, Schema> FILES = files();

    /** The fields of {@code board.csv}, with what each holds; the first three are required. */
    public static final Map<String, String> BOARD_FIELDS = boardFields();

    /** The board fields every dataset has. */
    public static final List<String> REQUIRED_BOARD_FIELDS = List.of("board", "year", "section_75");

    /** board.csv: the year's adult social care uplift, where the year's sources give none ({@code BcfYear.socialCareFloor()}). */
    public static final String SOCIAL_CARE_FLOOR_UPLIFT = "social_care_floor_uplift";
    /** board.csv: the year's NHS minimum uplift, where the year's sources give none ({@code BcfYear.nhsMinimumUplift()}). */
    public static final String NHS_MINIMUM_UPLIFT = "nhs_minimum_uplift";
    /** board.csv: what the NHS minimum must fund, where the year's sources are silent ({@code BcfYear.nhsMinimumMustFund()}). */
    public static final String NHS_MINIMUM_MUST_FUND = "nhs_minimum_must_fund";
    /** board.csv: the out-of-hospital minimum, every year the caller's ({@code BcfYear.outOfHospitalMinimum()}). */
    public static final String NHS_OUT_OF_HOSPITAL_MINIMUM = "nhs_out_of_hospital_minimum";

    /** board.csv: the answers the national conditions allow, where the year's sources do not record them. */
    public static final String CONDITION_ANSWERS = "condition_answers";

    /** board.csv: what a No to a national condition requires, where the year's sources are silent ({@code BcfYear.whatNoRequires()}). */
    public static final String WHAT_NO_REQUIRES = "what_no_requires";
    /** board.csv: the purposes iBCF may be spent on, where the year's sources are silent ({@code BcfYear.ibcfPurposes()}). */
    public static final String IBCF_PURPOSES = "ibcf_purposes";
    /** board.csv: whether DFG is passed to district councils in full, where the sources are silent ({@code BcfYear.dfgPassedToDistricts()}). */
    public static final String DFG_PASSED_TO_DISTRICTS = "dfg_passed_to_districts";
    /** board.csv: the national total of the mandatory fund, where the sources give none exact ({@code BcfYear.nationalMinimumFund()}). */
    public static final String NATIONAL_MINIMUM_FUND = "national_minimum_fund";

    /** board.csv, one row per condition: {@code condition.<id>}, a national condition's wording ({@code BcfYear.conditions()}). */
    public static final String CONDITION = "condition";
    /** board.csv, one row per item: {@code reporting.<n>}, what is reported when ({@code BcfYear.reporting()}). */
    public static final String REPORTING = "reporting";
    /** board.csv, one row per sign-off in order: {@code sign_off.<n>} ({@code BcfYear.signOffs()}). */
    public static final String SIGN_OFF = "sign_off";
    /** board.csv, one row per stream: {@code national_total.<stream>}, e.g. {@code national_total.nhs_minimum} ({@code BcfYear.nationalTotal}). */
    public static final String NATIONAL_TOTAL = "national_total";

    /**
     * The largest national total board.csv accepts, in pounds: £100,000,000,000 (the whole BCF is about £9bn
     * a year; a board's own amounts stop at {@code InputLimits.MAX_AMOUNT_POUNDS}, £1bn).
     */
    public static final long NATIONAL_TOTAL_MAX_POUNDS = 100_000_000_000L;

    /** What each keyed board field ({@code <kind>.<key>}) holds, by kind. */
    public static final Map<String, String> KEYED_FIELDS = keyedFields();

    /** What {@code metric.<id>.direction} holds. */
    public static final String METRIC_DIRECTION = "lower or higher (is better): the metric's direction, for a metric "
            + "whose definition is not in openbcf's sources";
    /** What {@code metric.<id>.unit} holds. */
    public static final String METRIC_UNIT = "count, rate per 100,000 or percentage: the metric's unit, for a metric "
            + "whose definition is not in openbcf's sources";

    private static final java.util.regex.Pattern METRIC_FIELD =
            java.util.regex.Pattern.compile("metric\\.([a-z0-9][a-z0-9-]*)\\.(direction|unit)");

    private static final java.util.regex.Pattern KEYED_FIELD =
            java.util.regex.Pattern.compile("(condition|reporting|sign_off|national_total)\\.([a-z0-9_]+)");

    private DatasetFormat() {
    }

    private static Map<String, String> keyedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CONDITION, "the wording of a national condition, for a year whose sources do not give the conditions: "
                + "one row per condition, condition.1, condition.2, ... (conditions.csv answers them by id)");
        fields.put(REPORTING, "what is reported or agreed and when, as what: when (e.g. 2026-27 plan: 31 March 2026), for a "
                + "year whose sources do not give the calendar: one row per item, reporting.1, reporting.2, ...");
        fields.put(SIGN_OFF, "who signs off, for a year whose sources do not say: one row each, in order, sign_off.1, "
                + "sign_off.2, ...");
        fields.put(NATIONAL_TOTAL, "the national total of a funding stream, pounds, where the sources give none or only a "
                + "rounded figure: one row per stream, national_total.<stream> (e.g. national_total.nhs_minimum)");
        return java.util.Collections.unmodifiableMap(fields);
    }

    private static Map<String, Schema> files() {
        Map<String, Schema> files = new LinkedHashMap<>();
        files.put(BOARD, Schema.of("field", "value").optional("description"));
        files.put(CONTRIBUTIONS, Schema.of("partner", "partner_type", "stream", "amount").optional("basis", "line"));
        files.put(EXPENDITURE, Schema.of("scheme_id", "scheme_name", "scheme_type", "area_of_spend", "commissioner",
                "source_of_funding", "amount").optional("nhs_share"));
        files.put(SPENDING, Schema.of("category", "amount"));
        files.put(INCOME_AND_EXPENDITURE, Schema.of("flow", "basis", "period", "amount")
                .optional("stream", "line", "differs_from_plan", "comment"));
        files.put(CONDITIONS, Schema.of("condition", "answer").optional("date", "comment"));
        files.put(METRICS, Schema.of("metric", "period", "plan", "actual").optional("numerator", "denominator", "note"));
        files.put(RISKS, RiskCsv.SCHEMA);
        files.put(P4P, P4pCsv.SCHEMA);
        files.put(DISCHARGE_FUND, Schema.of("scheme_name", "scheme_type", "sub_type", "planned", "actual")
                .optional("packages", "unit", "changed", "change_reason", "impact", "impact_explanation", "learning"));
        return java.util.Collections.unmodifiableMap(files);
    }

    private static Map<String, String> boardFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("board", "the Health and Wellbeing Board, e.g. Lewisham");
        fields.put("year", "the financial year, 2015/16 to 2026/27, e.g. 2025/26");
        fields.put("section_75", "yes or no: the fund is pooled under a section 75 agreement");
        fields.put("format_version", "the dataset format version; absent means " + VERSION);
        fields.put("pooled_fund", "the pooled fund the template states, pounds; checked against every contribution (R-POOL-4)");
        fields.put("asc_from_nhs_minimum_baseline", "last year's adult social care spend from the NHS minimum, pounds; "
                + "the floor of the year is checked against it");
        fields.put("asc_from_nhs_minimum", "this year's adult social care spend from the NHS minimum as stated, pounds; "
                + "checked against the figure derived from expenditure.csv");
        fields.put("nhs_out_of_hospital", "the NHS-commissioned out-of-hospital spend as stated, pounds; checked against "
                + "the figure derived from expenditure.csv");
        fields.put(NHS_OUT_OF_HOSPITAL_MINIMUM, "the area's minimum NHS-commissioned out-of-hospital spend, pounds "
                + "(no year's sources give it)");
        fields.put(SOCIAL_CARE_FLOOR_UPLIFT, "the year's uplift of adult social care spend from the NHS minimum over "
                + "last year, as a fraction (0.053 is 5.3%), for a year whose sources give none");
        fields.put(NHS_MINIMUM_UPLIFT, "the year's uplift of the NHS minimum contribution, as a fraction, for a year "
                + "whose sources give none");
        fields.put(NHS_MINIMUM_MUST_FUND, "what the NHS minimum must fund, for a year whose sources are silent: any of "
                + "reablement, carers, out-of-hospital (separated by ;), or none");
        fields.put(CONDITION_ANSWERS, "the answers the national conditions allow, for a year whose sources do not "
                + "record them: any of Yes, No, No - In Progress (separated by ;)");
        fields.put(WHAT_NO_REQUIRES, "what a No to a national condition requires, for a year whose sources are silent: "
                + "comment, or comment and date");
        fields.put(IBCF_PURPOSES, "the purposes iBCF may be spent on, for a year whose sources are silent: any of "
                + "social-care-needs, nhs-pressure, provider-market (separated by ;), or none");
        fields.put(DFG_PASSED_TO_DISTRICTS, "yes or no: an upper-tier authority must pass DFG to the district councils in "
                + "full unless they agree otherwise, for a year whose sources are silent");
        fields.put(NATIONAL_MINIMUM_FUND, "the national total of the mandatory (minimum) fund, pounds, where the sources "
                + "give none or only a rounded figure");
        fields.put("income_pooled_fund", "the pooled fund on the quarterly income sheet (2015/16, 2016/17), pounds; "
                + "default pooled_fund");
        fields.put("expenditure_pooled_fund", "the pooled fund on the quarterly expenditure sheet, pounds; default "
                + "income_pooled_fund");
        fields.put("p4p_cost_per_admission", "the cost of one non-elective admission for payment for performance, "
                + "pounds (GBP 1,490 in 2015/16); needed with p4p.csv");
        fields.put("p4p_local_share", "the local total of performance and ring-fenced funds, pounds; optional");
        fields.put("risk_matrix", "4x4 or 5x5: the matrix of risks.csv; needed with risks.csv");
        return java.util.Collections.unmodifiableMap(fields);
    }

    /**
     * Whether a year's template has a table: payment for performance only in 2015/16, the spending by
     * category only in 2015/16 and 2016/17 (the plans that had it), the ASC Discharge Fund tab only in
     * the years of its streams (2022-23 to 2024-25); every other table in every year.
     *
     * @param table a table of {@link #FILES}
     * @param year  the year, not null
     * @return true when {@code bcf init} writes it for the year
     */
    public static boolean isPartOf(String table, org.openbcf.core.year.BcfYear year) {
        return switch (table) {
            case P4P -> !year.paymentForPerformance().require().isEmpty();
            case SPENDING -> year.year().startYear() <= 2016;
            case DISCHARGE_FUND -> year.streams().require().contains(org.openbcf.core.fund.FundingStream.ASC_DISCHARGE_FUND_LA);
            default -> true;
        };
    }

    /**
     * The board fields that hold a figure the year's sources do not give, with what the year lacks,
     * e.g. for 2026/27 {@code social_care_floor_uplift} "caller supplies: the 2026/27 uplift ...", and
     * the first row of each keyed list the year leaves open ({@code condition.1}, {@code reporting.1},
     * {@code sign_off.1}, one {@code national_total.<stream>} per stream whose total is not sourced).
     * {@code bcf init} writes these fields for the year, and the review says the figures came from the
     * board. Metric definitions are {@link #metricField(String, String)} fields.
     *
     * @param year the year, not null
     * @return the fields and what each supplies, in board order, never null
     */
    public static Map<String, String> suppliedFields(org.openbcf.core.year.BcfYear year) {
        Map<String, String> fields = new LinkedHashMap<>();
        ifCallerSupplies(fields, SOCIAL_CARE_FLOOR_UPLIFT, year.socialCareFloor());
        ifCallerSupplies(fields, NHS_MINIMUM_UPLIFT, year.nhsMinimumUplift());
        ifCallerSupplies(fields, NHS_MINIMUM_MUST_FUND, year.nhsMinimumMustFund());
        ifCallerSupplies(fields, NHS_OUT_OF_HOSPITAL_MINIMUM, year.outOfHospitalMinimum());
        ifCallerSupplies(fields, CONDITION_ANSWERS, year.allowedAnswers());
        ifCallerSupplies(fields, keyedField(CONDITION, "1"), year.conditions());
        ifCallerSupplies(fields, WHAT_NO_REQUIRES, year.whatNoRequires());
        ifCallerSupplies(fields, IBCF_PURPOSES, year.ibcfPurposes());
        ifCallerSupplies(fields, DFG_PASSED_TO_DISTRICTS, year.dfgPassedToDistricts());
        ifCallerSupplies(fields, keyedField(REPORTING, "1"), year.reporting());
        ifCallerSupplies(fields, keyedField(SIGN_OFF, "1"), year.signOffs());
        for (org.openbcf.core.fund.FundingStream stream : year.streams().require()) {
            ifCallerSupplies(fields, keyedField(NATIONAL_TOTAL, streamKey(stream)), year.nationalTotal(stream));
        }
        ifCallerSupplies(fields, NATIONAL_MINIMUM_FUND, year.nationalMinimumFund());
        return java.util.Collections.unmodifiableMap(fields);
    }

    private static void ifCallerSupplies(Map<String, String> fields, String field, org.openbcf.core.year.YearValue<?> value) {
        if (value.callerMustSupply()) {
            fields.put(field, value.source());
        }
    }

    /**
     * Whether a board field is a caller-supplied figure of some year ({@link #suppliedFields}), written by
     * {@code bcf init} only in the years that need it.
     *
     * @param field the field, lower case
     * @return true for the uplifts and the uses of the NHS minimum
     */
    public static boolean isYearSupplied(String field) {
        return field.equals(SOCIAL_CARE_FLOOR_UPLIFT) || field.equals(NHS_MINIMUM_UPLIFT) || field.equals(NHS_MINIMUM_MUST_FUND)
                || field.equals(CONDITION_ANSWERS) || field.equals(WHAT_NO_REQUIRES) || field.equals(IBCF_PURPOSES)
                || field.equals(DFG_PASSED_TO_DISTRICTS) || field.equals(NATIONAL_MINIMUM_FUND) || isKeyedField(field);
    }

    /**
     * A keyed board field, e.g. {@code keyedField("national_total", "dfg")} is {@code national_total.dfg}.
     *
     * @param kind a kind of {@link #KEYED_FIELDS}
     * @param key  the condition id, item number or stream key
     * @return the field, never null
     */
    public static String keyedField(String kind, String key) {
        return kind + "." + key;
    }

    /**
     * Whether a board field is a keyed field ({@link #KEYED_FIELDS}): {@code condition.<id>},
     * {@code reporting.<n>}, {@code sign_off.<n>} or {@code national_total.<stream>}.
     *
     * @param field the field, lower case
     * @return true when it is
     */
    public static boolean isKeyedField(String field) {
        return KEYED_FIELD.matcher(field).matches();
    }

    /**
     * The kind and key of a keyed field, e.g. {@code [national_total, dfg]}.
     *
     * @param field a field for which {@link #isKeyedField(String)} holds
     * @return the kind and the key, never null
     */
    public static List<String> keyOf(String field) {
        java.util.regex.Matcher m = KEYED_FIELD.matcher(field);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a keyed field: " + field);
        }
        return List.of(m.group(1), m.group(2));
    }

    /**
     * A funding stream's key in {@code national_total.<stream>}: its name in lower case, e.g.
     * {@code nhs_minimum}, {@code asc_discharge_fund_la}.
     *
     * @param stream the stream, not null
     * @return the key, never null
     */
    public static String streamKey(org.openbcf.core.fund.FundingStream stream) {
        return stream.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What a No requires, as board.csv writes it: {@code comment} or {@code comment and date} (or the
     * words of the years whose sources give it).
     *
     * @param text the text, not null
     * @return {@code SuppliedYearValues.NO_NEEDS_COMMENT} or {@code NO_NEEDS_COMMENT_AND_DATE}, never null
     * @throws IllegalArgumentException for anything else
     */
    public static String whatNoRequires(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return switch (t) {
            case "comment", "a comment", org.openbcf.review.SuppliedYearValues.NO_NEEDS_COMMENT ->
                    org.openbcf.review.SuppliedYearValues.NO_NEEDS_COMMENT;
            case "comment and date", "comment and target date", "a comment and a date",
                 org.openbcf.review.SuppliedYearValues.NO_NEEDS_COMMENT_AND_DATE ->
                    org.openbcf.review.SuppliedYearValues.NO_NEEDS_COMMENT_AND_DATE;
            default -> throw new IllegalArgumentException(org.openbcf.examples.io.Row.quote(text)
                    + " must be comment, or comment and date");
        };
    }

    /**
     * The iBCF purposes, as board.csv writes them: {@code social-care-needs; nhs-pressure;
     * provider-market} (or the grant condition's words) or {@code none}.
     *
     * @param text the text, not null
     * @return the purposes, never null
     * @throws IllegalArgumentException for an unknown purpose
     */
    public static java.util.Set<org.openbcf.core.year.IbcfPurpose> ibcfPurposes(String text) {
        return enumSet(text, ";", org.openbcf.core.year.IbcfPurpose.class, item -> switch (item.toLowerCase(java.util.Locale.ROOT)) {
            case "social-care-needs", "a" -> org.openbcf.core.year.IbcfPurpose.MEETING_SOCIAL_CARE_NEEDS;
            case "nhs-pressure", "b" -> org.openbcf.core.year.IbcfPurpose.REDUCING_NHS_PRESSURE;
            case "provider-market", "c" -> org.openbcf.core.year.IbcfPurpose.STABILISING_PROVIDER_MARKET;
            default -> java.util.Arrays.stream(org.openbcf.core.year.IbcfPurpose.values())
                    .filter(p -> p.label().equalsIgnoreCase(item)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(org.openbcf.examples.io.Row.quote(item)
                            + " is not social-care-needs, nhs-pressure or provider-market (or none)"));
        });
    }

    /** A set of an enum's values as board.csv lists them: {@code none}, or items split at {@code separators}. */
    private static <E extends Enum<E>> java.util.Set<E> enumSet(String text, String separators, Class<E> type,
                                                               java.util.function.Function<String, E> item) {
        java.util.Set<E> set = java.util.EnumSet.noneOf(type);
        if (text.strip().equalsIgnoreCase("none")) {
            return set;
        }
        for (String part : text.split(separators)) {
            set.add(item.apply(part.strip()));
        }
        return set;
    }

    /**
     * A reporting item as board.csv writes it, as {@code ReportingItem.toString()} prints it: {@code what: when},
     * split at the last {@code ": "}, e.g. {@code 2026-27 plan: 31 March 2026}.
     *
     * @param text the text, not null
     * @return the item, never null
     * @throws IllegalArgumentException when either part is missing
     */
    public static org.openbcf.core.year.ReportingItem reportingItem(String text) {
        int colon = text.lastIndexOf(": ");
        if (colon <= 0 || text.substring(colon + 2).isBlank() || text.substring(0, colon).isBlank()) {
            throw new IllegalArgumentException(org.openbcf.examples.io.Row.quote(text)
                    + " is not what: when (e.g. 2026-27 plan: 31 March 2026)");
        }
        return new org.openbcf.core.year.ReportingItem(text.substring(0, colon).strip(), text.substring(colon + 2).strip());
    }

    /**
     * The board field of a metric's supplied definition, e.g. {@code metric.unplanned-admissions.direction}.
     *
     * @param metric the metric id, not null
     * @param part   {@code direction} or {@code unit}
     * @return the field, never null
     */
    public static String metricField(String metric, String part) {
        return "metric." + metric + "." + part;
    }

    /**
     * Whether a board field is a metric definition field, {@code metric.<id>.direction} or {@code .unit}.
     *
     * @param field the field, lower case
     * @return true when it is
     */
    public static boolean isMetricField(String field) {
        return METRIC_FIELD.matcher(field).matches();
    }

    /**
     * The metric id of a metric definition field.
     *
     * @param field a field for which {@link #isMetricField(String)} holds
     * @return the id, e.g. {@code unplanned-admissions}
     */
    public static String metricOf(String field) {
        java.util.regex.Matcher m = METRIC_FIELD.matcher(field);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a metric field: " + field);
        }
        return m.group(1);
    }

    /**
     * A metric direction as board.csv writes it: {@code lower} or {@code higher}, optionally followed by
     * {@code is better}.
     *
     * @param text the text, not null
     * @return the direction, never null
     * @throws IllegalArgumentException for anything else
     */
    public static org.openbcf.metrics.catalogue.Direction direction(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\s+is\\s+better$", "");
        return switch (t) {
            case "lower" -> org.openbcf.metrics.catalogue.Direction.LOWER_IS_BETTER;
            case "higher" -> org.openbcf.metrics.catalogue.Direction.HIGHER_IS_BETTER;
            default -> throw new IllegalArgumentException("direction " + org.openbcf.examples.io.Row.quote(text)
                    + " must be lower or higher (is better)");
        };
    }

    /**
     * A metric unit as board.csv writes it: {@code count}, {@code rate per 100,000} (or {@code rate}) or
     * {@code percentage}.
     *
     * @param text the text, not null
     * @return the unit, never null
     * @throws IllegalArgumentException for anything else
     */
    public static org.openbcf.metrics.catalogue.Unit unit(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        for (org.openbcf.metrics.catalogue.Unit unit : org.openbcf.metrics.catalogue.Unit.values()) {
            if (unit.toString().equals(t)) {
                return unit;
            }
        }
        return switch (t) {
            case "rate", "rate per 100000" -> org.openbcf.metrics.catalogue.Unit.RATE_PER_100_000;
            case "%" -> org.openbcf.metrics.catalogue.Unit.PERCENTAGE;
            default -> throw new IllegalArgumentException("unit " + org.openbcf.examples.io.Row.quote(text)
                    + " must be count, rate per 100,000 or percentage");
        };
    }

    /**
     * What the NHS minimum must fund, as board.csv writes it: {@code reablement; carers; out-of-hospital}
     * or {@code none}.
     *
     * @param text the text, not null
     * @return the set, never null
     * @throws IllegalArgumentException for an unknown item
     */
    public static java.util.Set<org.openbcf.core.year.MandatorySpend> mandatorySpends(String text) {
        return enumSet(text, "[;,]", org.openbcf.core.year.MandatorySpend.class, item -> switch (item.toLowerCase(java.util.Locale.ROOT)) {
            case "reablement" -> org.openbcf.core.year.MandatorySpend.REABLEMENT;
            case "carers", "support for unpaid carers" -> org.openbcf.core.year.MandatorySpend.CARERS;
            case "out-of-hospital", "out-of-hospital services" -> org.openbcf.core.year.MandatorySpend.OUT_OF_HOSPITAL;
            default -> throw new IllegalArgumentException(org.openbcf.examples.io.Row.quote(item)
                    + " is not reablement, carers or out-of-hospital (or none)");
        });
    }

    /**
     * The answers the national conditions allow, as board.csv writes them: {@code Yes; No}.
     *
     * @param text the text, not null
     * @return the answers, never null, never empty
     * @throws IllegalArgumentException for an unknown answer
     */
    public static java.util.Set<org.openbcf.core.condition.ConditionAnswer> conditionAnswers(String text) {
        java.util.Set<org.openbcf.core.condition.ConditionAnswer> set =
                java.util.EnumSet.noneOf(org.openbcf.core.condition.ConditionAnswer.class);
        for (String item : text.split(";")) {
            if (!item.isBlank()) {
                set.add(org.openbcf.core.condition.ConditionAnswer.parse(item.strip()));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no answer given (e.g. Yes; No)");
        }
        return set;
    }

    /**
     * The file name of a table: {@code contributions} is {@code contributions.csv}.
     *
     * @param table the table, e.g. {@link #CONTRIBUTIONS}
     * @return the file name, never null
     */
    public static String fileName(String table) {
        return table + ".csv";
    }

    /**
     * The known table nearest to a name, for "did you mean" in messages.
     *
     * @param name a file or sheet name without {@code .csv}
     * @return the nearest table, or empty when none is close
     */
    public static Optional<String> nearestTable(String name) {
        return nearest(name, List.copyOf(FILES.keySet()));
    }

    /**
     * The known board field nearest to a name.
     *
     * @param name the field as written
     * @return the nearest field, or empty when none is close
     */
    public static Optional<String> nearestField(String name) {
        return nearest(name, List.copyOf(BOARD_FIELDS.keySet()));
    }

    private static Optional<String> nearest(String name, List<String> known) {
        return Schema.nearest(Schema.canonical(name), known);
    }
}
