package org.openbcf.examples.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.IbcfPurpose;
import org.openbcf.core.year.MandatorySpend;
import org.openbcf.core.year.ReportingItem;
import org.openbcf.core.year.YearValue;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.catalogue.Metric;
import org.openbcf.metrics.catalogue.MetricCatalogue;
import org.openbcf.metrics.catalogue.Standardisation;
import org.openbcf.metrics.catalogue.Unit;
import org.openbcf.metrics.catalogue.YearMetric;
import org.openbcf.review.Board;
import org.openbcf.review.SuppliedYearValues;

/**
 * Reads a dataset's {@code board.csv} for {@link DatasetReader}: the board, its year and the figures it
 * states or supplies. An empty required field ({@code board}, {@code section_75}) is an
 * {@link Rule#R_DS_1} checklist item; an unknown field, a malformed value or a national figure the
 * dataset tries to overwrite is refused with its place. Caller-supplied figures of the year
 * ({@link DatasetFormat#suppliedFields}) and metric definitions ({@code metric.<id>.direction},
 * {@code .unit}) are read into the {@link Board}. Not thread-safe: one instance reads one file.
 */
final class BoardCsv {

    private final DatasetSource source;
    private final List<Finding> checklist;
    private final Map<String, String> locations;

    BoardCsv(DatasetSource source, List<Finding> checklist, Map<String, String> locations) {
        this.source = source;
        this.checklist = checklist;
        this.locations = locations;
    }

    private void missing(String where, String what) {
        checklist.add(Finding.of(Rule.R_DS_1, where, what));
    }

    Board read() {
        Map<String, Row> fields = new LinkedHashMap<>();
        String where;
        try (CsvInput in = source.open(DatasetFormat.BOARD)) {
            where = in.source();
            for (Row row : in) {
                if (row.text("field").isEmpty() && row.text("value").isEmpty()) {
                    continue;
                }
                String field = row.required("field").toLowerCase(Locale.ROOT);
                if (!DatasetFormat.BOARD_FIELDS.containsKey(field) && !DatasetFormat.isMetricField(field)
                        && !DatasetFormat.isKeyedField(field)) {
                    throw row.error("field", "unknown field " + Row.quote(row.text("field"))
                            + DatasetFormat.nearestField(field).map(f -> " (did you mean " + f + "?)").orElse("")
                            + "; the fields are " + String.join(", ", DatasetFormat.REQUIRED_BOARD_FIELDS)
                            + " and the optional ones the dataset's README.md lists (bcf init writes it)");
                }
                Row earlier = fields.putIfAbsent(field, row);
                if (earlier != null) {
                    throw row.error("field", "field " + field + " is given twice (also row " + earlier.number() + ")");
                }
            }
        }
        if (!fields.containsKey("year") || fields.get("year").text("value").isEmpty()) {
            throw new BadInputException((fields.containsKey("year") ? fields.get("year").where("value") : where)
                    + ": field year is missing (" + DatasetFormat.BOARD_FIELDS.get("year") + "); every other file is read "
                    + "with the rules of the year");
        }
        for (String required : DatasetFormat.REQUIRED_BOARD_FIELDS) {
            if (!fields.containsKey(required) || fields.get(required).text("value").isEmpty()) {
                missing(fields.containsKey(required) ? fields.get(required).where("value") : where + ", field " + required,
                        "field " + required + " is empty: " + DatasetFormat.BOARD_FIELDS.get(required));
            }
        }
        String version = fields.containsKey("format_version") ? fields.get("format_version").required("value")
                : DatasetFormat.VERSION;
        if (!version.equals(DatasetFormat.VERSION)) {
            throw fields.get("format_version").error("value", "format_version " + Row.quote(version)
                    + " is not one this openbcf reads (it reads version " + DatasetFormat.VERSION + ")");
        }
        BcfYear year = fields.get("year").get("value", BcfYear::parse);
        Optional<MonetaryAmount> cost = money(fields, "p4p_cost_per_admission");
        Optional<MonetaryAmount> share = money(fields, "p4p_local_share");
        Optional<PerformanceTerms> terms = cost.map(c -> fields.get("p4p_cost_per_admission").at("value",
                () -> share.map(s -> PerformanceTerms.of(c, s)).orElseGet(() -> PerformanceTerms.of(c))));
        Optional<RiskMatrix> matrix = Optional.ofNullable(fields.get("risk_matrix")).filter(r -> !r.text("value").isEmpty())
                .map(r -> r.get("value", named("risk_matrix", RiskMatrix::preset)));
        Optional<MonetaryAmount> pool = money(fields, "pooled_fund");
        Optional<MonetaryAmount> incomePool = money(fields, "income_pooled_fund");
        Optional<String> name = Optional.ofNullable(fields.get("board")).flatMap(r -> r.optional("value"));
        boolean section75 = Optional.ofNullable(fields.get("section_75")).flatMap(r -> r.optional("value"))
                .map(t -> fields.get("section_75").get("value", named("section_75", DatasetReader::yesNo))).orElse(false);
        Optional<BigDecimal> floorUplift = supplied(fields, DatasetFormat.SOCIAL_CARE_FLOOR_UPLIFT, year.socialCareFloor(),
                text -> fraction(text));
        Optional<BigDecimal> nhsUplift = supplied(fields, DatasetFormat.NHS_MINIMUM_UPLIFT, year.nhsMinimumUplift(),
                text -> fraction(text));
        Optional<Set<MandatorySpend>> mustFund = supplied(fields, DatasetFormat.NHS_MINIMUM_MUST_FUND,
                year.nhsMinimumMustFund(), DatasetFormat::mandatorySpends);
        SuppliedYearValues supplied = suppliedValues(fields, year);
        for (Map.Entry<String, Row> field : fields.entrySet()) {
            locations.put("board." + field.getKey(), field.getValue().where("value"));
        }
        // a finding that asks for a field board.csv does not have yet names the field to add
        for (String field : DatasetFormat.BOARD_FIELDS.keySet()) {
            locations.putIfAbsent("board." + field, where + ", field " + field);
        }
        DatasetFormat.KEYED_FIELDS.keySet().forEach(kind -> locations.put("board." + kind, fields.keySet().stream()
                .filter(f -> DatasetFormat.isKeyedField(f) && DatasetFormat.keyOf(f).get(0).equals(kind)).findFirst()
                .map(f -> fields.get(f).where("value")).orElse(where + ", field " + kind + ".<"
                        + (kind.equals(DatasetFormat.NATIONAL_TOTAL) ? "stream" : kind.equals(DatasetFormat.CONDITION) ? "id" : "n")
                        + ">")));
        locations.put("board", where);
        // a floor or minimum the review could not check, or a sum that misses it: the field that supplies what is missing
        // (every board field has a place by now: its row, or the field to add)
        locations.put("nhsMinimum.adultSocialCare", locations.get("board." + (fields.containsKey(
                DatasetFormat.SOCIAL_CARE_FLOOR_UPLIFT) ? DatasetFormat.SOCIAL_CARE_FLOOR_UPLIFT : "asc_from_nhs_minimum_baseline")));
        locations.put("nhsMinimum.outOfHospital", locations.get("board." + DatasetFormat.NHS_OUT_OF_HOSPITAL_MINIMUM));
        locations.put("nhsMinimum", where);
        locations.put("pooledFund.total", locations.get("board.pooled_fund"));
        Optional.ofNullable(fields.get("section_75")).ifPresent(r -> locations.put("pooledFund.section75", r.where("value")));
        return new Board(name.orElse(NO_NAME), year, section75, version, pool,
                money(fields, "asc_from_nhs_minimum_baseline"), money(fields, "asc_from_nhs_minimum"),
                money(fields, "nhs_out_of_hospital"), money(fields, "nhs_out_of_hospital_minimum"),
                incomePool, money(fields, "expenditure_pooled_fund"), terms, matrix, floorUplift, nhsUplift, mustFund,
                metricDefinitions(fields, year), supplied(fields, DatasetFormat.CONDITION_ANSWERS, year.allowedAnswers(),
                DatasetFormat::conditionAnswers), supplied);
    }

    /**
     * The year's other caller-supplied values ({@link SuppliedYearValues}): the plain fields and the keyed
     * ones ({@code condition.<id>}, {@code reporting.<n>}, {@code sign_off.<n>}, {@code national_total.<stream>}),
     * each refused where the year's sources give the value.
     */
    private static SuppliedYearValues suppliedValues(Map<String, Row> fields, BcfYear year) {
        SuppliedYearValues values = SuppliedYearValues.none();
        Optional<String> noRequires = supplied(fields, DatasetFormat.WHAT_NO_REQUIRES, year.whatNoRequires(),
                DatasetFormat::whatNoRequires);
        Optional<Set<IbcfPurpose>> purposes = supplied(fields, DatasetFormat.IBCF_PURPOSES, year.ibcfPurposes(),
                DatasetFormat::ibcfPurposes);
        Optional<Boolean> dfg = supplied(fields, DatasetFormat.DFG_PASSED_TO_DISTRICTS, year.dfgPassedToDistricts(),
                DatasetReader::yesNo);
        Optional<MonetaryAmount> fund = supplied(fields, DatasetFormat.NATIONAL_MINIMUM_FUND, year.nationalMinimumFund(),
                text -> nationalTotal(text, DatasetFormat.NATIONAL_MINIMUM_FUND));
        values = noRequires.map(values::withWhatNoRequires).orElse(values);
        values = purposes.map(values::withIbcfPurposes).orElse(values);
        values = dfg.map(values::withDfgPassedToDistricts).orElse(values);
        values = fund.map(values::withNationalMinimumFund).orElse(values);
        List<NationalCondition> conditions = new ArrayList<>();
        Map<Integer, ReportingItem> reporting = new TreeMap<>();
        Map<Integer, String> signOffs = new TreeMap<>();
        for (Map.Entry<String, Row> field : fields.entrySet()) {
            if (!DatasetFormat.isKeyedField(field.getKey()) || field.getValue().text("value").isEmpty()) {
                continue;
            }
            Row row = field.getValue();
            String kind = DatasetFormat.keyOf(field.getKey()).get(0);
            String key = DatasetFormat.keyOf(field.getKey()).get(1);
            switch (kind) {
                case DatasetFormat.CONDITION -> {
                    refuseSourced(row, field.getKey(), year.conditions());
                    String wording = row.required("value");
                    conditions.add(row.at("field", () -> new NationalCondition(key, wording, wording)));
                }
                case DatasetFormat.REPORTING -> {
                    refuseSourced(row, field.getKey(), year.reporting());
                    reporting.put(itemNumber(row, key), row.get("value", named(field.getKey(), DatasetFormat::reportingItem)));
                }
                case DatasetFormat.SIGN_OFF -> {
                    refuseSourced(row, field.getKey(), year.signOffs());
                    signOffs.put(itemNumber(row, key), row.required("value"));
                }
                default -> {
                    FundingStream stream = java.util.Arrays.stream(FundingStream.values())
                            .filter(f -> DatasetFormat.streamKey(f).equals(key)).findFirst()
                            .orElseThrow(() -> row.error("field", "unknown funding stream " + Row.quote(key) + " in "
                                    + field.getKey() + "; the streams of " + year + " are " + streamKeys(year)));
                    if (!stream.isAvailableIn(year.year())) {
                        throw row.error("field", "funding stream " + stream.label() + " does not exist in " + year
                                + " (it exists " + stream.era() + "); the streams of " + year + " are " + streamKeys(year));
                    }
                    refuseSourced(row, field.getKey(), year.nationalTotal(stream));
                    values = values.withNationalTotal(stream, row.get("value", named(field.getKey(), text -> nationalTotal(text, field.getKey()))));
                }
            }
        }
        if (!conditions.isEmpty()) {
            values = values.withConditions(conditions);
        }
        if (!reporting.isEmpty()) {
            values = values.withReporting(List.copyOf(reporting.values()));
        }
        if (!signOffs.isEmpty()) {
            values = values.withSignOffs(List.copyOf(signOffs.values()));
        }
        return values;
    }

    private static void refuseSourced(Row row, String field, YearValue<?> national) {
        if (national.isSourced()) {
            throw row.error("value", field + " is a national figure in this year (" + shown(national.require())
                    + ", sourced: " + national.source() + "); leave it empty");
        }
    }

    /** A national value as a message shows it: pounds as £1,234.00, conditions by id, purposes and spends by label. */
    private static String shown(Object value) {
        if (value instanceof MonetaryAmount amount) {
            return org.openbcf.core.money.Gbp.format(amount);
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.isEmpty() ? "none" : String.join("; ", items.stream().map(BoardCsv::shown).toList());
        }
        if (value instanceof NationalCondition condition) {
            return "condition " + condition.id();
        }
        if (value instanceof IbcfPurpose purpose) {
            return purpose.label();
        }
        if (value instanceof MandatorySpend spend) {
            return spend.label();
        }
        return String.valueOf(value);
    }

    /** The n of {@code reporting.<n>} or {@code sign_off.<n>}: 1 to 99, giving the order. */
    private static int itemNumber(Row row, String key) {
        if (!key.matches("[1-9][0-9]?")) {
            throw row.error("field", "field " + row.text("field").strip() + " must end in a number from 1 to 99 "
                    + "(the item's place in the list), not " + Row.quote(key));
        }
        return Integer.parseInt(key);
    }

    private static String streamKeys(BcfYear year) {
        return String.join(", ", year.streams().require().stream().map(DatasetFormat::streamKey).toList());
    }

    /** A national total: pounds with at most two decimals, more than £0.00, at most {@link DatasetFormat#NATIONAL_TOTAL_MAX_POUNDS}. */
    private static MonetaryAmount nationalTotal(String text, String field) {
        BigDecimal pounds = org.openbcf.core.money.Gbp.parsePounds(text);
        if (pounds.signum() <= 0 || pounds.compareTo(BigDecimal.valueOf(DatasetFormat.NATIONAL_TOTAL_MAX_POUNDS)) > 0
                || pounds.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " " + Row.quote(text) + " must be pounds and pence, more than £0.00 "
                    + "and at most £" + String.format(Locale.ROOT, "%,d", DatasetFormat.NATIONAL_TOTAL_MAX_POUNDS)
                    + " (a national total)");
        }
        return org.openbcf.core.money.Gbp.of(pounds);
    }

    /** The board's name while board.csv leaves it empty (a checklist item). */
    static final String NO_NAME = "(board not named)";

    /**
     * A caller-supplied figure of the year from board.csv: refused where the year's sources give it
     * (openbcf never lets a dataset overwrite a national rule).
     */
    private static <T> Optional<T> supplied(Map<String, Row> fields, String field, YearValue<T> national,
                                            Function<String, T> parser) {
        Row row = fields.get(field);
        if (row == null || row.text("value").isEmpty()) {
            return Optional.empty();
        }
        refuseSourced(row, field, national);
        return Optional.of(row.get("value", named(field, parser)));
    }

    /**
     * A board.csv value's parser whose refusal names the field (every value is in the column
     * {@code value}, so the place alone does not say which figure it is), unless its message already does.
     */
    private static <T> Function<String, T> named(String field, Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains(field)) {
                    throw e;
                }
                throw new IllegalArgumentException("field " + field + ": " + message, e);
            }
        };
    }

    private static BigDecimal fraction(String text) {
        BigDecimal value = org.openbcf.core.number.Numbers.parseDecimal(text, "uplift");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("an uplift is a fraction from 0 to below 1 (0.053 is 5.3%), not "
                    + Row.quote(text));
        }
        return value;
    }

    /** The metric definitions board.csv supplies ({@code metric.<id>.direction}, {@code metric.<id>.unit}). */
    private Map<String, Metric> metricDefinitions(Map<String, Row> fields, BcfYear year) {
        YearValue<List<YearMetric>> catalogue = MetricCatalogue.forYear(year.year());
        Map<String, Metric> definitions = new TreeMap<>();
        for (Map.Entry<String, Row> field : fields.entrySet()) {
            if (!DatasetFormat.isMetricField(field.getKey()) || !field.getKey().endsWith(".direction")) {
                continue;
            }
            Row row = field.getValue();
            String id = DatasetFormat.metricOf(field.getKey());
            Optional<YearMetric> known = DatasetReader.yearMetric(catalogue, id, row, "field", year);
            if (known.isPresent() && known.get().definition().isSourced()) {
                throw row.error("field", "the definition of " + id + " is in openbcf's sources ("
                        + known.get().definition().source() + "); leave it out of board.csv");
            }
            if (row.text("value").isEmpty()) {
                continue;
            }
            Row unitRow = fields.get(DatasetFormat.metricField(id, "unit"));
            if (unitRow == null || unitRow.text("value").isEmpty()) {
                missing(unitRow == null ? row.source() + ", field " + DatasetFormat.metricField(id, "unit") : unitRow.where("value"),
                        "field " + DatasetFormat.metricField(id, "unit") + " is empty: " + DatasetFormat.METRIC_UNIT);
                continue;
            }
            Direction direction = row.get("value", named(field.getKey(), DatasetFormat::direction));
            Unit unit = unitRow.get("value", named(DatasetFormat.metricField(id, "unit"), DatasetFormat::unit));
            String name = known.map(YearMetric::name).orElse(id);
            definitions.put(id, new Metric(id, name, unit, "as the board defines it", direction,
                    Standardisation.NONE, "supplied by the board: " + row.where("value")));
        }
        return definitions;
    }

    private static Optional<MonetaryAmount> money(Map<String, Row> fields, String field) {
        Row row = fields.get(field);
        if (row == null || row.text("value").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(row.get("value", named(field, text -> DatasetReader.amount(text, field))));
    }
}
