package org.openbcf.examples.check;

import static org.openbcf.examples.check.CalculationCells.at;
import static org.openbcf.examples.check.CalculationCells.pounds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openbcf.core.compliance.MandatoryStreams;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialYear;

/**
 * {@code calculation = pool}: a contributions table (one row per partner and funding stream) recomputed
 * with {@link PooledFund}: the pooled fund's total, its sub-totals (minimum, additional, the total BCF
 * pooled fund, the ASC Discharge Fund), and, from a second table on the sheet, the total of each
 * partner and of each stream it names. Norfolk 2022-23 (G3): DFG £9,157,782 + iBCF £39,618,564 + NHS
 * minimum £73,032,095 = minimum sub-total £121,808,441; with the Discharge Fund £9,671,604, the pool
 * is £131,480,045.
 *
 * <p>Findings: R-POOL-3 (a stream outside the year) from {@link PooledFund#check()}, R-PC-4 and R-PC-5
 * (mandatory streams, section 75) from {@link MandatoryStreams#check(PooledFund)}, and R-POOL-4 from
 * {@link PooledFund#checkStatedTotal(javax.money.MonetaryAmount)} when the mapping names the sheet's
 * stated pool ({@code input.statedPool}, which may be the same cell as {@code output.total}). The fund
 * is named after the sheet of its first amount; the name enters no figure and no finding.
 */
final class PoolCalculation implements SheetCalculation {

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("year", "the financial year of the pool, e.g. 2022/23"),
                Field.parameter("section75", "whether the fund is pooled under a section 75 agreement: yes or no (R-PC-5)"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("partner", Field.ROWS, "the contributing partner's name, one per row"),
                Field.text("partnerType", Field.ROWS, "the partner's type (county council, CCG, ICB, ...), one per row"),
                Field.text("stream", Field.ROWS, "the funding stream (NHS minimum contribution, DFG, iBCF, ...), one per row"),
                Field.number("amount", Field.ROWS, "the contribution in pounds, one per row"),
                Field.text("line", Field.ROWS, "a label telling apart several lines of one partner and stream, one per row"),
                Field.number("statedPool", 1, "the pooled fund the sheet states, checked against the contributions (R-POOL-4)"),
                Field.text("partnerTotal.partner", Field.TABLE, "the partners of the sheet's partner totals, one per row"),
                Field.text("streamTotal.stream", Field.TABLE, "the streams of the sheet's stream totals, one per row"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("line", "statedPool", "partnerTotal.partner", "streamTotal.stream");
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.number("total", 1, "every contribution added up, the Discharge Fund included"),
                Field.number("minimumSubTotal", 1, "the mandatory streams (Minimum Sub Total)"),
                Field.number("additionalSubTotal", 1, "the additional contributions (Additional Sub Total)"),
                Field.number("bcfTotal", 1, "minimum plus additional (Total BCF Pooled Fund), without the Discharge Fund"),
                Field.number("dischargeFundTotal", 1, "the ASC Discharge Fund, LA and ICB parts"),
                Field.number("partnerTotal", Field.TABLE, "each partner's total, one per cell of input.partnerTotal.partner"),
                Field.number("streamTotal", Field.TABLE, "each stream's total, one per cell of input.streamTotal.stream"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        FinancialYear year = FinancialYear.parse(inputs.parameter("year"));
        PooledFund fund = PooledFund.of(inputs.cells("amount").get(0).sheet(), year,
                CalculationCells.yesNo(inputs, "section75"), contributions(inputs, ""));
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("total", pounds(fund.total()));
        outputs.put("minimumSubTotal", pounds(fund.minimumSubTotal()));
        outputs.put("additionalSubTotal", pounds(fund.additionalSubTotal()));
        outputs.put("bcfTotal", pounds(fund.bcfTotal()));
        outputs.put("dischargeFundTotal", pounds(fund.dischargeFundTotal()));
        outputs.put("partnerTotal", partnerTotals(inputs, fund));
        outputs.put("streamTotal", streamTotals(inputs, fund));
        Findings findings = fund.check().and(MandatoryStreams.check(fund));
        if (inputs.has("statedPool")) {
            findings = findings.and(fund.checkStatedTotal(Gbp.of(inputs.numbers("statedPool").get(0))));
        }
        Map<String, String> places = new LinkedHashMap<>();
        // a stream the fund lacks (R-PC-4) at the streams' cells, where it would be added; the section 75 flag
        // (R-PC-5) at the mapping's parameter that gives it
        CalculationCells.placeAll(places, "pooledFund", inputs, "stream");
        places.put("pooledFund.section75", "the mapping's parameter.section75");
        for (int i = 0; i < fund.contributions().size(); i++) {
            CalculationCells.place(places, "contributions[" + (i + 1) + "].stream", inputs, "stream", i);
        }
        CalculationCells.place(places, "pooledFund.total", inputs, "statedPool", 0);
        return new Computed(outputs, findings, places);
    }

    /**
     * The contributions of a table whose columns are the fields {@code prefix + partner},
     * {@code partnerType}, {@code stream}, {@code amount} and, when mapped, {@code line}, each cell read
     * through the library and a refusal named by its cell.
     *
     * @param inputs the inputs
     * @param prefix the fields' prefix: empty for the pool's main table, {@code contribution.} for a
     *               funding table beside another calculation's
     * @return the contributions in row order
     */
    static List<Contribution> contributions(CheckInputs inputs, String prefix) {
        String partnerField = prefix + "partner";
        String typeField = prefix + "partnerType";
        String streamField = prefix + "stream";
        String amountField = prefix + "amount";
        for (String other : List.of(typeField, streamField, amountField)) {
            CalculationCells.sameLength(inputs, partnerField, other);
        }
        List<String> partners = inputs.texts(partnerField);
        List<String> types = inputs.texts(typeField);
        List<String> streams = inputs.texts(streamField);
        List<BigDecimal> amounts = inputs.numbers(amountField);
        List<String> lines = inputs.texts(prefix + "line");
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            int row = i;
            Partner partner = at(inputs, partnerField, row, () -> Partner.of(partners.get(row),
                    at(inputs, typeField, row, () -> PartnerType.ofLabel(types.get(row)))));
            FundingStream stream = at(inputs, streamField, row, () -> FundingStream.ofLabel(streams.get(row)));
            String line = row < lines.size() ? lines.get(row) : "";
            contributions.add(at(inputs, amountField, row, () -> Contribution.of(partner, stream, Gbp.of(amounts.get(row)), line)));
        }
        return contributions;
    }

    private static List<BigDecimal> partnerTotals(CheckInputs inputs, PooledFund fund) {
        String input = "partnerTotal.partner";
        List<BigDecimal> totals = new ArrayList<>();
        List<String> names = inputs.texts(input);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (fund.contributions().stream().noneMatch(c -> sameName(c.partner(), name))) {
                int row = i;
                at(inputs, input, row, () -> {
                    throw new IllegalArgumentException("no contribution is from partner '" + name + "'; the partners are "
                            + fund.totalByPartner().keySet().stream().map(Partner::name).toList());
                });
            }
            totals.add(Gbp.pounds(fund.totalOf(c -> sameName(c.partner(), name))));
        }
        return totals;
    }

    private static boolean sameName(Partner partner, String name) {
        return partner.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }

    private static List<BigDecimal> streamTotals(CheckInputs inputs, PooledFund fund) {
        String input = "streamTotal.stream";
        List<BigDecimal> totals = new ArrayList<>();
        List<String> names = inputs.texts(input);
        for (int i = 0; i < names.size(); i++) {
            int row = i;
            FundingStream stream = at(inputs, input, row, () -> FundingStream.ofLabel(names.get(row)));
            totals.add(Gbp.pounds(fund.totalOf(c -> c.stream() == stream)));
        }
        return totals;
    }
}
