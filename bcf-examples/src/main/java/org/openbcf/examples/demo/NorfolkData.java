package org.openbcf.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.money.MonetaryAmount;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * Norfolk's published BCF figures, read from the CSV files embedded in the jar under
 * {@code /norfolk-data/}. Each file names its source lines in a comment.
 */
public final class NorfolkData {

    /** Norfolk Health and Wellbeing Board, as the returns name it. */
    public static final String HWB = "Norfolk";

    private NorfolkData() {
    }

    /**
     * Reads an embedded CSV file ({@code #} starts a comment line; the first row is the header).
     *
     * @param name the file name under {@code /norfolk-data/}, e.g. {@code contributions.csv}
     * @return the records, never null
     * @throws UncheckedIOException when the file is missing or unreadable
     */
    public static List<CSVRecord> read(String name) {
        String path = "/norfolk-data/" + name;
        try (InputStream in = NorfolkData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("embedded data " + path + " is missing from the jar"));
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
                         .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get().parse(reader)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded data " + path, e);
        }
    }

    /**
     * The pooled fund of a year, as planned or as actually received.
     *
     * @param year  the financial year, not null
     * @param basis {@code plan} or {@code actual}
     * @return the fund, never null
     */
    public static PooledFund pooledFund(FinancialYear year, String basis) {
        List<Contribution> contributions = new ArrayList<>();
        for (CSVRecord row : rows("contributions.csv", r -> FinancialYear.parse(r.get("year")).equals(year)
                && r.get("basis").equals(basis))) {
            contributions.add(Contribution.of(
                    Partner.of(row.get("partner"), PartnerType.ofLabel(row.get("partner_type"))),
                    FundingStream.valueOf(row.get("stream")),
                    pounds(row.get("amount"))));
        }
        return PooledFund.of(HWB, year, true, contributions);
    }

    /**
     * The spending plan of a year.
     *
     * @param year the financial year, not null
     * @return the plan, never null
     */
    public static SpendingPlan spendingPlan(FinancialYear year) {
        Map<SpendingCategory, MonetaryAmount> amounts = new EnumMap<>(SpendingCategory.class);
        for (CSVRecord row : rows("spending-plan.csv", r -> FinancialYear.parse(r.get("year")).equals(year))) {
            amounts.put(SpendingCategory.ofLabel(row.get("category")), pounds(row.get("amount")));
        }
        return SpendingPlan.of(year, amounts);
    }

    /**
     * The income and expenditure ledger of a year.
     *
     * @param year the financial year, not null
     * @return the ledger, never null
     */
    public static QuarterlyLedger ledger(FinancialYear year) {
        return QuarterlyLedger.of(flow(year, LedgerFlow.INCOME), flow(year, LedgerFlow.EXPENDITURE));
    }

    private static FlowLedger flow(FinancialYear year, LedgerFlow flow) {
        Map<String, QuarterlyAmounts> measures = new java.util.HashMap<>();
        for (CSVRecord row : rows("income-and-expenditure.csv", r -> FinancialYear.parse(r.get("year")).equals(year)
                && r.get("flow").equals(flow.label()))) {
            List<MonetaryAmount> quarters = new ArrayList<>();
            for (String column : List.of("q1", "q2", "q3", "q4")) {
                if (!row.get(column).isEmpty()) {
                    quarters.add(pounds(row.get(column)));
                }
            }
            measures.put(row.get("measure"), QuarterlyAmounts.of(year, quarters));
        }
        CSVRecord pool = rows("pooled-fund.csv", r -> FinancialYear.parse(r.get("year")).equals(year)
                && r.get("flow").equals(flow.label())).get(0);
        return FlowLedger.of(flow, measures.get("plan"), measures.get("forecast"), measures.get("actual"),
                pounds(pool.get("pooled_fund")), pool.get("comment"));
    }

    private static List<CSVRecord> rows(String file, Predicate<CSVRecord> wanted) {
        return read(file).stream().filter(wanted).toList();
    }

    private static MonetaryAmount pounds(String text) {
        return Gbp.of(new BigDecimal(text));
    }
}
