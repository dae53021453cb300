package org.openbcf.examples.dataset;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.MandatorySpend;
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
                if (!DatasetFormat.BOARD_FIELDS.containsKey(field) && !DatasetFormat.isMetricField(field)) {
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
                .map(r -> r.get("value", RiskMatrix::preset));
        Optional<MonetaryAmount> pool = money(fields, "pooled_fund");
        Optional<MonetaryAmount> incomePool = money(fields, "income_pooled_fund");
        Optional<String> name = Optional.ofNullable(fields.get("board")).flatMap(r -> r.optional("value"));
        boolean section75 = Optional.ofNullable(fields.get("section_75")).flatMap(r -> r.optional("value"))
                .map(t -> fields.get("section_75").get("value", DatasetReader::yesNo)).orElse(false);
        Optional<BigDecimal> floorUplift = supplied(fields, DatasetFormat.SOCIAL_CARE_FLOOR_UPLIFT, year.socialCareFloor(),
                text -> fraction(text));
        Optional<BigDecimal> nhsUplift = supplied(fields, DatasetFormat.NHS_MINIMUM_UPLIFT, year.nhsMinimumUplift(),
                text -> fraction(text));
        Optional<Set<MandatorySpend>> mustFund = supplied(fields, DatasetFormat.NHS_MINIMUM_MUST_FUND,
                year.nhsMinimumMustFund(), DatasetFormat::mandatorySpends);
        for (Map.Entry<String, Row> field : fields.entrySet()) {
            locations.put("board." + field.getKey(), field.getValue().where("value"));
        }
        locations.put("pooledFund.total", Optional.ofNullable(fields.get("pooled_fund")).map(r -> r.where("value"))
                .orElse(where + ", field pooled_fund"));
        Optional.ofNullable(fields.get("section_75")).ifPresent(r -> locations.put("pooledFund.section75", r.where("value")));
        Optional.ofNullable(fields.get("nhs_out_of_hospital_minimum"))
                .ifPresent(r -> locations.put("nhsMinimum.outOfHospital", r.where("value")));
        Optional.ofNullable(fields.get(DatasetFormat.SOCIAL_CARE_FLOOR_UPLIFT)).or(() -> Optional.ofNullable(
                fields.get("asc_from_nhs_minimum_baseline"))).ifPresent(r -> locations.put("nhsMinimum.adultSocialCare",
                r.where("value")));
        return new Board(name.orElse(NO_NAME), year, section75, version, pool,
                money(fields, "asc_from_nhs_minimum_baseline"), money(fields, "asc_from_nhs_minimum"),
                money(fields, "nhs_out_of_hospital"), money(fields, "nhs_out_of_hospital_minimum"),
                incomePool, money(fields, "expenditure_pooled_fund"), terms, matrix, floorUplift, nhsUplift, mustFund,
                metricDefinitions(fields, year), supplied(fields, DatasetFormat.CONDITION_ANSWERS, year.allowedAnswers(),
                DatasetFormat::conditionAnswers));
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
        if (national.isSourced()) {
            throw row.error("value", field + " is a national figure in this year (" + national + "); leave it empty");
        }
        return Optional.of(row.get("value", parser));
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
            Optional<YearMetric> known = catalogue.value().flatMap(list -> list.stream().filter(m -> m.id().equals(id)).findFirst());
            if (catalogue.isSourced() && known.isEmpty()) {
                throw row.error("field", "metric " + Row.quote(id) + " is not one of the " + year + " metrics ("
                        + String.join(", ", catalogue.require().stream().map(YearMetric::id).toList()) + ")");
            }
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
            Direction direction = row.get("value", DatasetFormat::direction);
            Unit unit = unitRow.get("value", DatasetFormat::unit);
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
        return Optional.of(row.get("value", text -> DatasetReader.amount(text, field)));
    }
}
