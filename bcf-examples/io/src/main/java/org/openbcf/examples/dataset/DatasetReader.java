package org.openbcf.examples.dataset;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.discharge.DischargeFundReturn;
import org.openbcf.core.discharge.DischargeFundTable;
import org.openbcf.core.expenditure.AreaOfSpend;
import org.openbcf.core.expenditure.Commissioner;
import org.openbcf.core.expenditure.ExpenditureLine;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.internal.Labels;
import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.LedgerMeasure;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.ledger.YearEndLine;
import org.openbcf.core.ledger.YearEndStatement;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;
import org.openbcf.core.year.YearValue;
import org.openbcf.examples.format.P4pCsv;
import org.openbcf.examples.format.RiskCsv;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.MissingValueException;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.catalogue.Metric;
import org.openbcf.metrics.catalogue.MetricCatalogue;
import org.openbcf.metrics.catalogue.Unit;
import org.openbcf.metrics.catalogue.YearMetric;
import org.openbcf.review.Board;
import org.openbcf.review.Dataset;
import org.openbcf.review.MetricLine;

/**
 * Reads a dataset ({@link DatasetFormat}) into a {@link Dataset}: a folder of CSV files or an
 * {@code .xlsx} workbook. The whole dataset is read before anything is computed. What cannot be read
 * (no {@code board.csv}, a file that is not CSV or xlsx, a malformed number, an unknown stream) stops
 * the read with one {@link BadInputException} naming the file (or sheet), row and column, e.g.
 * {@code lewisham/contributions.csv row 5, column stream: unknown funding stream 'iBCF 2'}; nothing is
 * computed from a half-read dataset. What is merely left empty (the board's name, a contribution's
 * amount, a metric's plan) is a checklist: every such item is one {@link Rule#R_DS_1} finding in
 * {@link Dataset#checklist()} at its file, row and column, and the row it belongs to is left out.
 *
 * <p>The reader also records where each figure was read ({@link Dataset#locations()}), so that a
 * finding about {@code yearEnd.lines[7].comment} names {@code income-and-expenditure.csv row 8, column
 * comment}: a risk its row and column of {@code risks.csv}; a total ({@code income.plan.annualTotal},
 * {@code spendingPlan.total}) the rows it adds up, {@code income-and-expenditure.csv, column amount,
 * rows 2–5}; a figure compared with a stated one the {@code board.csv} field, named to add when absent.
 *
 * <p>Values go through the library's own factories, so every rule about a value (amounts in whole
 * pennies within the input limits, a stream's label, a partner type) is the library's.
 *
 * @since 0.1.0
 */
public final class DatasetReader {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final DatasetSource source;
    private Board board;
    private final List<Finding> checklist = new ArrayList<>();
    private final Map<String, String> locations = new LinkedHashMap<>();

    private DatasetReader(DatasetSource source) {
        this.source = source;
    }

    /**
     * Reads a dataset folder or workbook: {@code read(Path.of("lewisham"))}.
     *
     * @param path a folder holding {@code board.csv}, or an {@code .xlsx} workbook; not null
     * @return the dataset, never null
     * @throws BadInputException naming file, row and column when the dataset cannot be used
     */
    public static Dataset read(Path path) {
        Checks.notNull(path, "path");
        if (Files.isDirectory(path)) {
            return read(new DatasetSource.Folder(path));
        }
        if (!Files.exists(path)) {
            throw new BadInputException(path + ": no such dataset (a folder with board.csv, or an .xlsx workbook)");
        }
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException(path + ": a dataset is a folder of CSV files or an .xlsx workbook");
        }
        try (WorkbookDataset workbook = WorkbookDataset.open(path)) {
            return read(workbook);
        }
    }

    /**
     * Reads a dataset embedded in the jar, e.g. Norfolk's for the demo.
     *
     * @param folder the resource folder, e.g. {@code /norfolk-data/datasets/norfolk-2015-16}; not null
     * @return the dataset, never null
     */
    public static Dataset embedded(String folder) {
        Checks.notNull(folder, "folder");
        return read(new DatasetSource.Embedded(folder));
    }

    static Dataset read(DatasetSource source) {
        return new DatasetReader(source).read();
    }

    private Dataset read() {
        if (!source.has(DatasetFormat.BOARD)) {
            throw new BadInputException(source.name() + ": no " + DatasetFormat.fileName(DatasetFormat.BOARD)
                    + " (every dataset has one: field,value with board, year and section_75)");
        }
        board = board();
        FinancialYear year = board.year().year();
        Optional<PooledFund> planned = Optional.empty();
        Optional<PooledFund> actual = Optional.empty();
        if (source.has(DatasetFormat.CONTRIBUTIONS)) {
            Map<String, List<Contribution>> byBasis = contributions();
            planned = Optional.of(PooledFund.of(board.name(), year, board.section75(), byBasis.getOrDefault("plan", List.of())));
            actual = Optional.ofNullable(byBasis.get("actual")).map(c -> PooledFund.of(board.name(), year, board.section75(), c));
        }
        Optional<ExpenditurePlan> expenditure = optional(DatasetFormat.EXPENDITURE, this::expenditure);
        Optional<SpendingPlan> spending = optional(DatasetFormat.SPENDING, this::spending);
        Optional<QuarterlyLedger> ledger = Optional.empty();
        Optional<YearEndStatement> yearEnd = Optional.empty();
        if (source.has(DatasetFormat.INCOME_AND_EXPENDITURE)) {
            Object ie = incomeAndExpenditure(planned);
            if (ie instanceof QuarterlyLedger q) {
                ledger = Optional.of(q);
            } else if (ie instanceof YearEndStatement y) {
                yearEnd = Optional.of(y);
            }
        }
        return new Dataset(source.name(), board, planned, actual, expenditure, spending, ledger, yearEnd,
                optional(DatasetFormat.CONDITIONS, this::conditions), optional(DatasetFormat.METRICS, this::metrics),
                optional(DatasetFormat.RISKS, this::risks), optional(DatasetFormat.P4P, this::p4p),
                optional(DatasetFormat.DISCHARGE_FUND, this::dischargeFund), source.notes(), checklist, locations);
    }

    /** One checklist item: an empty cell a board must fill in. */
    private void missing(String where, String what) {
        checklist.add(Finding.of(Rule.R_DS_1, where, what));
    }

    private void missing(MissingValueException e) {
        missing(e.where(), e.column() + " is empty: fill it in (or clear the row to leave it out)");
    }

    /** Every empty cell of a row the reader stopped at: the one it met, then the other values the row needs. */
    private void missing(Row row, MissingValueException e, String... needed) {
        missing(e);
        for (String column : needed) {
            if (!column.equals(e.column()) && row.has(column) && row.text(column).isEmpty()) {
                missing(new MissingValueException(row.where(column), column));
            }
        }
    }

    /** Reads a table when present; a reader returns null for a table with a header and no rows (not checked). */
    private <T> Optional<T> optional(String table, Function<CsvInput, T> reader) {
        if (!source.has(table)) {
            return Optional.empty();
        }
        try (CsvInput in = source.open(table)) {
            return Optional.ofNullable(reader.apply(in));
        } catch (MissingValueException e) {
            // a table read as a whole by its own reader (risks, P4P): the first empty cell is listed and the table left out
            missing(e.where(), e.column() + " is empty: fill it in; " + DatasetFormat.fileName(table)
                    + " is not reviewed until it is complete");
            return Optional.empty();
        }
    }

    // board.csv: BoardCsv ---------------------------------------------------------------------------

    private Board board() {
        return new BoardCsv(source, checklist, locations).read();
    }

    static MonetaryAmount amount(String text, String field) {
        return org.openbcf.core.money.InputLimits.requireInput(Gbp.of(Gbp.parsePounds(text)), field);
    }

    static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> throw new IllegalArgumentException("expected yes or no, not " + Row.quote(text));
        };
    }

    // contributions.csv -----------------------------------------------------------------------------

    private Map<String, List<Contribution>> contributions() {
        Map<String, List<Contribution>> byBasis = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvInput in = source.open(DatasetFormat.CONTRIBUTIONS)) {
            for (Row row : in) {
                streamRow(row);
                if (row.text("partner").isEmpty() && row.text("partner_type").isEmpty() && row.text("amount").isEmpty()) {
                    continue;
                }
                String basis = row.optional("basis").orElse("plan").toLowerCase(Locale.ROOT);
                if (!basis.equals("plan") && !basis.equals("actual")) {
                    throw row.error("basis", "basis " + Row.quote(row.text("basis")) + " must be plan or actual");
                }
                try {
                    contribution(row, basis, byBasis, seen);
                } catch (MissingValueException e) {
                    missing(row, e, "partner", "partner_type", "stream", "amount");
                }
            }
            // a stream with no row (a mandatory stream not pooled): the column to add it in
            locations.put("pooledFund", in.source() + ", column stream");
        }
        return byBasis;
    }

    /** The first row of a stream is where a finding about the stream's pooled total points, e.g. a mandatory stream not pooled. */
    private void streamRow(Row row) {
        try {
            FundingStream stream = FundingStream.ofLabel(row.text("stream"));
            locations.putIfAbsent("pooledFund." + stream.name(), row.where("amount"));
        } catch (IllegalArgumentException e) {
            // an unknown stream is refused with its place when the row is read
        }
    }

    private void contribution(Row row, String basis, Map<String, List<Contribution>> byBasis, Map<String, Long> seen) {
        PartnerType type = row.get("partner_type", PartnerType::ofLabel);
        Partner partner = row.at("partner", () -> Partner.of(row.required("partner"), type));
        FundingStream stream = row.get("stream", FundingStream::ofLabel);
        MonetaryAmount amount = row.get("amount", text -> amount(text, "contribution"));
        String line = row.text("line");
        String key = partner + "|" + stream + "|" + basis + "|" + line;
        Long earlier = seen.putIfAbsent(key, row.number());
        if (earlier != null) {
            throw row.error("stream", "partner " + partner.name() + ", stream " + stream.label() + ", basis " + basis
                    + (line.isEmpty() ? "" : ", line " + Row.quote(line)) + " repeats row " + earlier
                    + " (label the lines in the line column to tell them apart)");
        }
        Contribution c = row.at("amount", () -> Contribution.of(partner, stream, amount, line));
        List<Contribution> list = byBasis.computeIfAbsent(basis, b -> new ArrayList<>());
        list.add(c);
        String path = (basis.equals("plan") ? "" : basis + ":") + "contributions[" + list.size() + "]";
        locations.put(path, row.where("amount"));
        locations.put(path + ".stream", row.where("stream"));
    }

    // expenditure.csv -------------------------------------------------------------------------------

    private ExpenditurePlan expenditure(CsvInput in) {
        List<ExpenditureLine> lines = new ArrayList<>();
        Map<FundingStream, List<Row>> bySource = new EnumMap<>(FundingStream.class);
        List<Row> rows = new ArrayList<>();
        for (Row row : in) {
            try {
                expenditureLine(row, lines);
                rows.add(row);
                bySource.computeIfAbsent(lines.get(lines.size() - 1).source(), s -> new ArrayList<>()).add(row);
            } catch (MissingValueException e) {
                missing(row, e, "scheme_id", "scheme_type", "area_of_spend", "commissioner", "source_of_funding", "amount");
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        locations.put("expenditure", in.source());
        // an aggregate names the rows it adds up: the spend from a stream, the schemes that could fund a use
        bySource.forEach((stream, of) -> locations.put("expenditure.source[" + stream.label() + "]", Row.where(of, "amount")));
        for (org.openbcf.core.year.MandatorySpend spend : org.openbcf.core.year.MandatorySpend.values()) {
            locations.put("expenditure.nhsMinimum.mandatorySpend[" + spend.label() + "]", Row.where(rows, "scheme_type"));
        }
        // R-EXP-3 not checked (the uses are the board's to supply); R-EXP-2 a stated figure against the derived one
        locations.put("expenditure.nhsMinimum.mandatorySpend", locations.get("board." + DatasetFormat.NHS_MINIMUM_MUST_FUND));
        locations.put("expenditure.adultSocialCareFromNhsMinimum", locations.get("board.asc_from_nhs_minimum"));
        locations.put("expenditure.nhsCommissionedOutOfHospital", locations.get("board.nhs_out_of_hospital"));
        return ExpenditurePlan.of(board.year().year(), lines);
    }

    private void expenditureLine(Row row, List<ExpenditureLine> lines) {
        AreaOfSpend area = row.get("area_of_spend", AreaOfSpend::ofLabel);
        Commissioner commissioner = row.get("commissioner", Commissioner::ofLabel);
        FundingStream stream = row.get("source_of_funding", FundingStream::ofLabel);
        BigDecimal share = row.optional("nhs_share").map(t -> row.decimal("nhs_share")).orElse(null);
        MonetaryAmount amount = row.get("amount", text -> amount(text, "expenditure"));
        lines.add(row.at(commissioner == Commissioner.JOINT || share != null ? "nhs_share" : "amount",
                () -> ExpenditureLine.of(row.required("scheme_id"), row.text("scheme_name"), row.required("scheme_type"),
                        area, commissioner, share, stream, amount)));
        String path = "expenditure.lines[" + lines.size() + "]";
        locations.put(path, row.where("amount"));
        locations.put(path + ".source", row.where("source_of_funding"));
    }

    // spending-by-category.csv ----------------------------------------------------------------------

    private SpendingPlan spending(CsvInput in) {
        Map<SpendingCategory, MonetaryAmount> amounts = new EnumMap<>(SpendingCategory.class);
        Map<SpendingCategory, Long> rows = new EnumMap<>(SpendingCategory.class);
        List<Row> read = new ArrayList<>();
        for (Row row : in) {
            read.add(row);
            SpendingCategory category = row.get("category", SpendingCategory::ofLabel);
            Long earlier = rows.putIfAbsent(category, row.number());
            if (earlier != null) {
                throw row.error("category", "category " + category.label() + " repeats row " + earlier);
            }
            try {
                amounts.put(category, row.get("amount", text -> amount(text, "spending")));
            } catch (MissingValueException e) {
                missing(e);
            }
        }
        if (!read.isEmpty()) {
            // spendingPlan.total (R-POOL-2 with the pooled fund) is the sum of these rows
            locations.put("spendingPlan", Row.where(read, "amount"));
        }
        return rows.isEmpty() ? null : SpendingPlan.of(board.year().year(), amounts);
    }

    // income-and-expenditure.csv --------------------------------------------------------------------

    private Object incomeAndExpenditure(Optional<PooledFund> planned) {
        FinancialYear year = board.year().year();
        Map<LedgerFlow, Map<LedgerMeasure, TreeMap<FinancialQuarter, MonetaryAmount>>> quarters = new EnumMap<>(LedgerFlow.class);
        Map<LedgerFlow, String> comments = new EnumMap<>(LedgerFlow.class);
        Map<String, YearEndParts> yearEnd = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Boolean quarterly = null;
        java.util.Set<String> incomplete = new java.util.HashSet<>();
        // the rows each aggregate adds up (income.plan, yearEnd.income[DFG].actual, ...), for the findings about it
        Map<String, List<Row>> spans = new LinkedHashMap<>();
        Map<LedgerFlow, Row> commentRows = new EnumMap<>(LedgerFlow.class);
        try (CsvInput in = source.open(DatasetFormat.INCOME_AND_EXPENDITURE)) {
            for (Row row : in) {
                String partsKey = null;
                try {
                    LedgerFlow flow = row.get("flow", t -> Labels.lookup(LedgerFlow.class, "flow", t, LedgerFlow::label));
                    LedgerMeasure basis = row.get("basis", t -> Labels.lookup(LedgerMeasure.class, "basis", t, LedgerMeasure::label));
                    String period = row.required("period");
                    boolean isYear = period.equalsIgnoreCase("year") || period.equals(year.toString());
                    if (isYear && year.startYear() < YearEndStatement.FIRST_START_YEAR) {
                        throw row.error("period", "period " + Row.quote(period) + " is a year-end return, which begins in "
                                + FinancialYear.of(YearEndStatement.FIRST_START_YEAR) + "; a " + year
                                + " return gives quarters (Q1 to Q4)");
                    }
                    span(spans, row, (isYear ? "yearEnd." : "") + flow.label(), "." + basis.label());
                    if (!row.text("comment").isEmpty()) {
                        commentRows.putIfAbsent(flow, row);
                    }
                    if (quarterly != null && quarterly == isYear) {
                        throw row.error("period", "period " + Row.quote(period) + " mixes quarters and the whole year in one "
                                + "file: a quarterly return gives quarters (Q1 to Q4), a year-end return gives year");
                    }
                    quarterly = !isYear;
                    Optional<FundingStream> stream = row.optional("stream").map(t -> row.get("stream", FundingStream::ofLabel));
                    if (isYear && stream.isPresent()) {
                        span(spans, row, "yearEnd." + flow.label() + "[" + stream.get().label() + "]", "." + basis.label());
                    }
                    String line = row.text("line");
                    String key = flow + "|" + basis + "|" + (isYear ? "year" : period.toUpperCase(Locale.ROOT)) + "|"
                            + stream.map(Enum::name).orElse("") + "|" + line;
                    Long earlier = seen.putIfAbsent(key, row.number());
                    if (earlier != null) {
                        throw row.error("period", flow.label() + " " + basis.label() + " for " + period
                                + stream.map(s -> " (" + s.label() + ")").orElse("") + (line.isEmpty() ? "" : " line " + Row.quote(line))
                                + " repeats row " + earlier);
                    }
                    row.optional("comment").ifPresent(c -> comments.putIfAbsent(flow, c));
                    if (!isYear) {
                        if (row.has("differs_from_plan") && !row.text("differs_from_plan").isEmpty()) {
                            throw row.error("differs_from_plan", "differs_from_plan belongs to a year-end return (period year)");
                        }
                        FinancialQuarter quarter = row.get("period", t -> quarter(t, year));
                        quarters.computeIfAbsent(flow, f -> new EnumMap<>(LedgerMeasure.class))
                                .computeIfAbsent(basis, b -> new TreeMap<>())
                                .put(quarter, row.get("amount", t -> amount(t, flow.label() + " " + basis.label() + " " + quarter)));
                    } else {
                        if (basis == LedgerMeasure.FORECAST) {
                            throw row.error("basis", "a year-end return has plan and actual, not forecast");
                        }
                        partsKey = flow + "|" + stream.map(Enum::name).orElse("") + "|" + line;
                        YearEndParts parts = yearEnd.computeIfAbsent(partsKey, k -> new YearEndParts(flow, stream, line));
                        if (basis == LedgerMeasure.PLAN) {
                            parts.plan = row.get("amount", t -> amount(t, flow.label() + " plan"));
                            parts.planRow = row;
                        } else {
                            parts.actual = row.optional("amount").map(t -> row.get("amount", x -> amount(x, flow.label() + " actual")));
                            parts.differs = row.optional("differs_from_plan").map(t -> row.get("differs_from_plan", DatasetReader::yesNo));
                            parts.comment = row.text("comment");
                            parts.actualRow = row;
                        }
                    }
                } catch (MissingValueException e) {
                    missing(row, e, "flow", "basis", "period");
                    if (partsKey != null) {
                        incomplete.add(partsKey);
                    }
                }
            }
            ledgerLocations(in.source(), spans, commentRows);
        }
        if (quarterly == null) {
            return null;
        }
        if (quarterly) {
            MonetaryAmount income = board.incomeSheetPool().or(board::statedPool)
                    .orElseGet(() -> planned.map(PooledFund::total).orElse(Gbp.zero()));
            MonetaryAmount spend = board.expenditureSheetPool().orElse(income);
            return QuarterlyLedger.of(flow(quarters, comments, LedgerFlow.INCOME, year, income),
                    flow(quarters, comments, LedgerFlow.EXPENDITURE, year, spend));
        }
        List<YearEndLine> lines = new ArrayList<>();
        for (Map.Entry<String, YearEndParts> entry : yearEnd.entrySet()) {
            YearEndParts parts = entry.getValue();
            if (incomplete.contains(entry.getKey())) {
                continue;
            }
            if (parts.plan == null) {
                Row at = parts.actualRow;
                throw at.error("basis", parts.flow.label() + parts.stream.map(s -> " (" + s.label() + ")").orElse("")
                        + " has an actual but no plan row (a year-end line has both)");
            }
            Row at = parts.actualRow == null ? parts.planRow : parts.actualRow;
            lines.add(at.at("amount", () -> YearEndLine.of(parts.flow, parts.stream, parts.plan, parts.differs,
                    parts.actual, parts.comment).withLabel(parts.line)));
            String path = "yearEnd.lines[" + lines.size() + "]";
            locations.put(path, at.where("amount"));
            locations.put(path + ".plan", parts.planRow.where("amount"));
            if (parts.actualRow != null) {
                locations.put(path + ".actual", parts.actualRow.where("amount"));
                locations.put(path + ".comment", parts.actualRow.where("comment"));
                locations.put(path + ".differsFromPlan", parts.actualRow.where("differs_from_plan"));
            }
        }
        return YearEndStatement.of(year, lines);
    }

    /** Adds a row to the spans of an aggregate and of its flow, e.g. {@code yearEnd.income.plan} and {@code yearEnd.income}. */
    private static void span(Map<String, List<Row>> spans, Row row, String flow, String basis) {
        spans.computeIfAbsent(flow + basis, k -> new ArrayList<>()).add(row);
        spans.computeIfAbsent(flow, k -> new ArrayList<>()).add(row);
    }

    /**
     * Where the ledger's findings point: an annual total or a year-end total at the rows it adds up
     * (column amount), a flow's comment at the row holding it (else the flow's rows, column comment), a
     * quarter that is missing at the rows of its flow and basis, a sheet's pooled fund at the board.csv
     * field it comes from.
     */
    private void ledgerLocations(String file, Map<String, List<Row>> spans, Map<LedgerFlow, Row> commentRows) {
        spans.forEach((key, rows) -> locations.put(key, Row.where(rows, "amount")));
        locations.put("yearEnd", file);
        for (LedgerFlow flow : LedgerFlow.values()) {
            for (LedgerMeasure measure : LedgerMeasure.values()) {
                locations.putIfAbsent(flow.label() + "." + measure.label(), Optional.ofNullable(spans.get(flow.label()))
                        .map(rows -> Row.where(rows, "basis")).orElse(file + ", column flow"));
            }
            locations.put(flow.label() + ".comment", Optional.ofNullable(commentRows.get(flow)).map(r -> r.where("comment"))
                    .or(() -> Optional.ofNullable(spans.get(flow.label())).map(rows -> Row.where(rows, "comment")))
                    .orElse(file + ", column comment"));
        }
        String incomePool = board.incomeSheetPool().isPresent() || board.statedPool().isEmpty()
                ? "board.income_pooled_fund" : "board.pooled_fund";
        locations.put("income.pooledFund", locations.get(incomePool));
        locations.put("expenditure.pooledFund", locations.get(board.expenditureSheetPool().isPresent()
                ? "board.expenditure_pooled_fund" : incomePool));
    }

    private static FlowLedger flow(Map<LedgerFlow, Map<LedgerMeasure, TreeMap<FinancialQuarter, MonetaryAmount>>> quarters,
                                   Map<LedgerFlow, String> comments, LedgerFlow flow, FinancialYear year, MonetaryAmount pool) {
        Map<LedgerMeasure, TreeMap<FinancialQuarter, MonetaryAmount>> measures = quarters.getOrDefault(flow, Map.of());
        return FlowLedger.of(flow, amounts(measures, LedgerMeasure.PLAN, year), amounts(measures, LedgerMeasure.FORECAST, year),
                amounts(measures, LedgerMeasure.ACTUAL, year), pool, comments.getOrDefault(flow, ""));
    }

    private static QuarterlyAmounts amounts(Map<LedgerMeasure, TreeMap<FinancialQuarter, MonetaryAmount>> measures,
                                            LedgerMeasure measure, FinancialYear year) {
        return new QuarterlyAmounts(year, measures.getOrDefault(measure, new TreeMap<>()));
    }

    private static FinancialQuarter quarter(String text, FinancialYear year) {
        String t = text.strip();
        if (t.length() == 2 && (t.charAt(0) == 'Q' || t.charAt(0) == 'q') && t.charAt(1) >= '1' && t.charAt(1) <= '4') {
            return FinancialQuarter.of(year, t.charAt(1) - '0');
        }
        FinancialQuarter q = FinancialQuarter.parse(t);
        if (!q.year().equals(year)) {
            throw new IllegalArgumentException("quarter " + q + " is outside the dataset's year " + year);
        }
        return q;
    }

    /** The plan and actual rows of one year-end line, gathered before the line is built. */
    private static final class YearEndParts {
        final LedgerFlow flow;
        final Optional<FundingStream> stream;
        final String line;
        MonetaryAmount plan;
        Optional<MonetaryAmount> actual = Optional.empty();
        Optional<Boolean> differs = Optional.empty();
        String comment = "";
        Row planRow;
        Row actualRow;

        YearEndParts(LedgerFlow flow, Optional<FundingStream> stream, String line) {
            this.flow = flow;
            this.stream = stream;
            this.line = line;
        }
    }

    // conditions.csv, metrics.csv -------------------------------------------------------------------

    private List<ConditionResponse> conditions(CsvInput in) {
        List<String> known = board.year().conditions().value().or(board.supplied()::conditions).orElse(List.of()).stream()
                .map(org.openbcf.core.condition.NationalCondition::id).toList();
        List<ConditionResponse> answers = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        // a condition without a row (not answered): the column to answer it in
        locations.put("nationalConditions", in.source() + ", column condition");
        for (Row row : in) {
            if (!row.text("condition").isEmpty()) {
                String path = "nationalConditions." + row.text("condition");
                locations.putIfAbsent(path, row.where("answer"));
                locations.putIfAbsent(path + ".date", row.where("date"));
                locations.putIfAbsent(path + ".comment", row.where("comment"));
            }
            if (row.text("answer").isEmpty() && row.text("date").isEmpty() && row.text("comment").isEmpty()) {
                continue;
            }
            try {
                condition(row, known, seen, answers);
            } catch (MissingValueException e) {
                missing(row, e, "condition", "answer");
            }
        }
        return answers;
    }

    private void condition(Row row, List<String> known, Map<String, Long> seen, List<ConditionResponse> answers) {
        String id = row.required("condition");
        if (!known.isEmpty() && !known.contains(id)) {
            throw row.error("condition", "condition " + Row.quote(id) + " is not one of the " + board.year()
                    + " conditions (" + String.join(", ", known) + ")");
        }
        Long earlier = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), row.number());
        if (earlier != null) {
            throw row.error("condition", "condition " + Row.quote(id) + " is answered twice (also row " + earlier + ")");
        }
        ConditionAnswer answer = row.get("answer", ConditionAnswer::parse);
        LocalDate date = row.optional("date").map(t -> row.get("date", DatasetReader::date)).orElse(null);
        answers.add(row.at("answer", () -> ConditionResponse.of(id, answer, date, row.optional("comment").orElse(null))));
    }

    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), UK_DATE) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date " + Row.quote(text) + " is not a date (DD/MM/YYYY or YYYY-MM-DD)", e);
        }
    }

    private List<MetricLine> metrics(CsvInput in) {
        YearValue<List<YearMetric>> catalogue = MetricCatalogue.forYear(board.year().year());
        List<MetricLine> lines = new ArrayList<>();
        for (Row row : in) {
            if (row.text("plan").isEmpty() && row.text("actual").isEmpty()) {
                continue;
            }
            try {
                metric(row, catalogue).ifPresent(lines::add);
            } catch (MissingValueException e) {
                missing(row, e, "metric", "period", "plan");
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    /** A metric's plan or actual: a rate, a percentage or a count, so 0 to a target's largest value. */
    private static BigDecimal metricValue(Row row, String column) {
        BigDecimal value = row.decimal(column);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(org.openbcf.metrics.target.Target.MAX_VALUE)) > 0) {
            throw row.error(column, column + " (" + value.toPlainString() + ") must be between 0 and "
                    + String.format(Locale.ROOT, "%,d", org.openbcf.metrics.target.Target.MAX_VALUE)
                    + " (a metric is a rate, a percentage or a count)");
        }
        if (value.stripTrailingZeros().scale() > org.openbcf.metrics.target.Target.MAX_VALUE_DECIMALS) {
            throw row.error(column, column + " (" + value.toPlainString() + ") has more than "
                    + org.openbcf.metrics.target.Target.MAX_VALUE_DECIMALS + " decimal places");
        }
        return value;
    }

    /**
     * The metric of the year's catalogue with this id, ignoring case; an id the catalogue lacks is refused
     * at the row's column when the year's metrics are sourced, and empty when they are not.
     *
     * @param catalogue the year's metrics
     * @param id        the metric id as written
     * @param row       the row that names it
     * @param column    the column that names it
     * @param year      the year, for the message
     * @return the metric, or empty for a year whose metrics the board supplies
     */
    static Optional<YearMetric> yearMetric(YearValue<List<YearMetric>> catalogue, String id, Row row, String column,
                                           BcfYear year) {
        Optional<YearMetric> known = catalogue.value().flatMap(list -> list.stream()
                .filter(m -> m.id().equalsIgnoreCase(id)).findFirst());
        if (catalogue.isSourced() && known.isEmpty()) {
            throw row.error(column, "metric " + Row.quote(id) + " is not one of the " + year + " metrics ("
                    + String.join(", ", catalogue.require().stream().map(YearMetric::id).toList()) + ")");
        }
        return known;
    }

    /**
     * One metric row: a metric of the year ({@link MetricCatalogue#forYear}), with its definition from
     * the sources or, where they give none, from board.csv; without a definition the row is a checklist item.
     */
    private Optional<MetricLine> metric(Row row, YearValue<List<YearMetric>> catalogue) {
        String id = row.required("metric");
        Optional<YearMetric> known = yearMetric(catalogue, id, row, "metric", board.year());
        String key = known.map(YearMetric::id).orElse(id.toLowerCase(Locale.ROOT));
        Optional<Metric> sourced = known.flatMap(m -> m.definition().value().filter(x -> m.definition().isSourced()));
        Optional<Metric> definition = sourced.or(() -> Optional.ofNullable(board.metricDefinitions().get(key)));
        if (definition.isEmpty()) {
            String why = known.map(m -> m.definition().source())
                    .orElse(catalogue.isSourced() ? "" : catalogue.source());
            missing(row.where("metric"), "the definition of " + key + " is not in openbcf's sources (" + why
                    + "): give its direction and unit in board.csv (" + DatasetFormat.metricField(key, "direction")
                    + ", " + DatasetFormat.metricField(key, "unit") + ")");
            return Optional.empty();
        }
        Metric metric = definition.get();
        return Optional.of(new MetricLine(metric, row.required("period"), metricValue(row, "plan"),
                row.optional("actual").map(t -> metricValue(row, "actual")),
                row.optional("numerator").map(t -> row.whole("numerator", 0, org.openbcf.core.money.InputLimits.MAX_COUNT)),
                row.optional("denominator").map(t -> row.whole("denominator", 1, org.openbcf.core.money.InputLimits.MAX_COUNT)),
                row.text("note")));
    }

    // risks.csv, p4p.csv, discharge-fund.csv --------------------------------------------------------

    private RiskRegister risks(CsvInput in) {
        List<org.openbcf.core.risk.Risk> risks = new ArrayList<>();
        RiskCsv.Risks reader = new RiskCsv.Risks(in);
        for (org.openbcf.core.risk.Risk risk = reader.next(); risk != null; risk = reader.next()) {
            risks.add(risk);
            locations.putAll(reader.places());
        }
        if (risks.isEmpty()) {
            return null;
        }
        locations.put("risks", in.source());
        RiskMatrix matrix = board.riskMatrix().orElseThrow(() -> new BadInputException(in.source()
                + ": risks need the register's matrix: add risk_matrix (4x4 or 5x5) to board.csv"));
        return RiskRegister.of(matrix, risks);
    }

    private AdmissionsSeries p4p(CsvInput in) {
        java.util.Iterator<Row> rows = in.iterator();
        if (!rows.hasNext()) {
            return null;
        }
        if (board.paymentForPerformance().isEmpty()) {
            throw new BadInputException(in.source() + ": payment for performance needs the cost of an admission: add "
                    + "p4p_cost_per_admission to board.csv");
        }
        if (in.has(P4pCsv.CASE)) {
            throw new BadInputException(in.source() + ": a dataset holds one board's P4P year; the case column is for "
                    + "batches of bcf p4p");
        }
        try (P4pCsv.Cases cases = new P4pCsv.Cases(in)) {
            AdmissionsSeries series = cases.next().series();
            locations.putAll(cases.places());
            return series;
        }
    }

    private DischargeFundReturn dischargeFund(CsvInput in) {
        DischargeFundTable.Builder builder = DischargeFundTable.builder();
        List<String> header = List.of("Scheme Name", "Scheme Type", "Sub Types", "Planned Expenditure", "Actual Expenditure",
                "Actual Number of Packages", "Unit of Measure", "Did you make any changes to planned spending?",
                "If yes, please explain why", "Did the scheme have the intended impact?",
                "If yes, please explain how, if not, why was this not possible and any learning",
                "Do you have any learning from this scheme?");
        List<String> columns = List.of("scheme_name", "scheme_type", "sub_type", "planned", "actual", "packages", "unit",
                "changed", "change_reason", "impact", "impact_explanation", "learning");
        builder.row(header);
        boolean any = false;
        int schemes = 0;
        List<Row> schemeRows = new ArrayList<>();
        List<Row> summaryRows = new ArrayList<>();
        for (Row row : in) {
            any = true;
            if (DischargeFundTable.isSummaryLine(row.text("scheme_name"))) {
                row.at("planned", () -> builder.row(List.of(row.text("scheme_name"), row.text("planned"))));
                summaryRows.add(row);
                continue;
            }
            schemeRows.add(row);
            List<String> fields = new ArrayList<>();
            for (String column : columns) {
                fields.add(row.text(column));
            }
            row.at("scheme_name", () -> builder.row(fields));
            String path = "dischargeFund.row" + (++schemes);
            locations.put(path, row.where("scheme_name"));
            locations.put(path + ".changedPlannedSpending", row.where("changed"));
            locations.put(path + ".unit", row.where("unit"));
        }
        if (!any) {
            return null;
        }
        locations.put("dischargeFund", in.source());
        // a stated total is on the summary lines (their amount in column planned); without them, the rows that add up
        for (String which : List.of("planned", "actual")) {
            locations.put("dischargeFund." + which + "Total", !summaryRows.isEmpty() ? Row.where(summaryRows, "planned")
                    : !schemeRows.isEmpty() ? Row.where(schemeRows, which) : in.source());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(in.source() + ": " + e.getMessage(), e);
        }
    }
}
