package org.openbcf.examples.check;

import static org.openbcf.examples.check.CalculationCells.at;
import static org.openbcf.examples.check.CalculationCells.pounds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.openbcf.core.expenditure.AdultSocialCareFloor;
import org.openbcf.core.expenditure.AreaOfSpend;
import org.openbcf.core.expenditure.Commissioner;
import org.openbcf.core.expenditure.ExpenditureLine;
import org.openbcf.core.expenditure.ExpenditurePlan;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PooledFund;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.year.BcfYear;

/**
 * {@code calculation = expenditure-plan}: the scheme-level expenditure plan (the templates'
 * Expenditure tab, 2017-19 onwards) recomputed with {@link ExpenditurePlan}: the plan's total, the
 * derived minimums (adult social care from the NHS minimum, NHS-commissioned out-of-hospital spend,
 * out-of-hospital, reablement and carers' spend from the NHS minimum), the year's adult social care
 * floor from last year's figure ({@link AdultSocialCareFloor#required}), and the sheet's totals by
 * source of funding and by area of spend. Lewisham 2025/26 (illustrative, docs/boards.md, "A worked example"):
 * adult social care from the NHS minimum £10,500,000, NHS-commissioned out-of-hospital £17,250,000,
 * floor £10,390,000 on a baseline of £10,000,000.
 *
 * <p>Findings: R-EXP-3 ({@link ExpenditurePlan#checkMandatorySpend(BcfYear)}); the floors R-25-1 or
 * R-PC-2 and R-PC-3 ({@link AdultSocialCareFloor}), INFO notes when the mapping names no baseline or
 * out-of-hospital minimum (a figure openbcf's sources lack: the caller's); and, when the mapping names
 * the sheet's funding table ({@code contribution.*}), R-EXP-1 and R-EXP-4
 * ({@link ExpenditurePlan#check(PooledFund)}).
 */
final class ExpenditurePlanCalculation implements SheetCalculation {

    private static final String FUND = "contribution.";

    @Override
    public String name() {
        return "expenditure-plan";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("year", "the financial year of the plan, e.g. 2025/26"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("schemeId", Field.ROWS, "the scheme's id, one per line"),
                Field.text("schemeName", Field.ROWS, "the scheme's name, one per line"),
                Field.text("schemeType", Field.ROWS, "the scheme type, e.g. Carers Services, one per line"),
                Field.text("area", Field.ROWS, "the area of spend (Social Care, Community Health, Acute, ...), one per line"),
                Field.text("commissioner", Field.ROWS, "who commissions the line: LA, NHS or Joint, one per line"),
                Field.optionalDecimal("nhsShare", Field.ROWS, "the NHS share of a Joint line in percent, blank for LA and NHS lines"),
                Field.text("source", Field.ROWS, "the line's source of funding (a funding stream), one per line"),
                Field.number("amount", Field.ROWS, "the line's planned spend in pounds, one per line"),
                Field.number("baseline", 1, "last year's adult social care spend from the NHS minimum (the floor's base)"),
                Field.number("outOfHospitalMinimum", 1, "the area's minimum NHS-commissioned out-of-hospital spend (R-PC-3)"),
                Field.text(FUND + "partner", Field.TABLE, "the funding table's partners, one per row (R-EXP-1, R-EXP-4)"),
                Field.text(FUND + "partnerType", Field.TABLE, "the funding table's partner types, one per row"),
                Field.text(FUND + "stream", Field.TABLE, "the funding table's streams, one per row"),
                Field.number(FUND + "amount", Field.TABLE, "the funding table's contributions in pounds, one per row"),
                Field.text(FUND + "line", Field.TABLE, "the funding table's line labels, one per row"),
                Field.text("sourceTotal.source", Field.TABLE, "the sources of the sheet's totals by source of funding"),
                Field.text("areaTotal.area", Field.TABLE, "the areas of the sheet's totals by area of spend"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("schemeName", "nhsShare", "baseline", "outOfHospitalMinimum", FUND + "partner", FUND + "partnerType",
                FUND + "stream", FUND + "amount", FUND + "line", "sourceTotal.source", "areaTotal.area");
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.number("total", 1, "every line added up"),
                Field.number("adultSocialCareFromNhsMinimum", 1, "social care spend funded from the NHS minimum"),
                Field.number("nhsCommissionedOutOfHospital", 1, "NHS-commissioned out-of-hospital spend (a Joint line's NHS share)"),
                Field.number("outOfHospitalFromNhsMinimum", 1, "out-of-hospital spend funded from the NHS minimum"),
                Field.number("reablementFromNhsMinimum", 1, "reablement spend funded from the NHS minimum"),
                Field.number("carersFromNhsMinimum", 1, "carers' spend funded from the NHS minimum"),
                Field.number("adultSocialCareFloor", 1, "the year's floor, baseline plus the year's uplift "
                        + "(needs input.baseline and a year whose uplift is in openbcf's sources)"),
                Field.number("sourceTotal", Field.TABLE, "spend from each source, one per cell of input.sourceTotal.source"),
                Field.number("areaTotal", Field.TABLE, "spend on each area, one per cell of input.areaTotal.area"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        BcfYear year = BcfYear.parse(inputs.parameter("year"));
        ExpenditurePlan plan = ExpenditurePlan.of(year.year(), lines(inputs));
        Optional<MonetaryAmount> baseline = single(inputs, "baseline");
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("total", pounds(plan.total()));
        outputs.put("adultSocialCareFromNhsMinimum", pounds(plan.adultSocialCareFromNhsMinimum()));
        outputs.put("nhsCommissionedOutOfHospital", pounds(plan.nhsCommissionedOutOfHospital()));
        outputs.put("outOfHospitalFromNhsMinimum", pounds(plan.outOfHospitalFromNhsMinimum()));
        outputs.put("reablementFromNhsMinimum", pounds(plan.reablementFromNhsMinimum()));
        outputs.put("carersFromNhsMinimum", pounds(plan.carersFromNhsMinimum()));
        outputs.put("adultSocialCareFloor", AdultSocialCareFloor.required(year, baseline).map(CalculationCells::pounds)
                .orElse(List.of()));
        Map<FundingStream, MonetaryAmount> bySource = plan.totalBySource();
        Map<AreaOfSpend, MonetaryAmount> byArea = plan.totalByArea();
        List<BigDecimal> sources = new ArrayList<>();
        List<String> sourceNames = inputs.texts("sourceTotal.source");
        for (int i = 0; i < sourceNames.size(); i++) {
            int row = i;
            FundingStream stream = at(inputs, "sourceTotal.source", row, () -> FundingStream.ofLabel(sourceNames.get(row)));
            sources.add(Gbp.pounds(bySource.getOrDefault(stream, Gbp.zero())));
        }
        outputs.put("sourceTotal", sources);
        List<BigDecimal> areas = new ArrayList<>();
        List<String> areaNames = inputs.texts("areaTotal.area");
        for (int i = 0; i < areaNames.size(); i++) {
            int row = i;
            AreaOfSpend area = at(inputs, "areaTotal.area", row, () -> AreaOfSpend.ofLabel(areaNames.get(row)));
            areas.add(Gbp.pounds(byArea.getOrDefault(area, Gbp.zero())));
        }
        outputs.put("areaTotal", areas);
        Findings findings = Findings.none();
        if (inputs.has(FUND + "amount")) {
            // section 75 enters no expenditure check; the fund only carries the contributions by stream
            findings = plan.check(PooledFund.of(inputs.cells(FUND + "amount").get(0).sheet(), year.year(), true,
                    PoolCalculation.contributions(inputs, FUND)));
        }
        findings = findings.and(plan.checkMandatorySpend(year))
                .and(AdultSocialCareFloor.check(year, baseline, plan.adultSocialCareFromNhsMinimum()))
                .and(AdultSocialCareFloor.checkOutOfHospital(year, single(inputs, "outOfHospitalMinimum"),
                        plan.nhsCommissionedOutOfHospital()));
        // a line at its cells; a source's spend at the amounts of its lines
        Map<String, String> places = new LinkedHashMap<>();
        Map<String, List<SheetCell>> bySourceCells = new LinkedHashMap<>();
        List<SheetCell> nhsMinimumCells = new ArrayList<>();
        for (int i = 0; i < plan.lines().size(); i++) {
            String path = "expenditure.lines[" + (i + 1) + "]";
            CalculationCells.place(places, path, inputs, "schemeId", i);
            CalculationCells.place(places, path + ".source", inputs, "source", i);
            if (i < inputs.cells("amount").size()) {
                bySourceCells.computeIfAbsent(plan.lines().get(i).source().label(), k -> new ArrayList<>())
                        .add(inputs.cells("amount").get(i));
                if (plan.lines().get(i).isFromNhsMinimum()) {
                    nhsMinimumCells.add(inputs.cells("amount").get(i));
                }
            }
        }
        bySourceCells.forEach((source, cells) -> CalculationCells.placeAll(places, "expenditure.source[" + source + "]", cells));
        // a figure derived from the lines funded by the NHS minimum (adult social care, out-of-hospital spend,
        // the spend it must fund) at those lines' amounts
        CalculationCells.placeAll(places, "nhsMinimum", nhsMinimumCells);
        CalculationCells.placeAll(places, "expenditure.nhsMinimum", nhsMinimumCells);
        return new Computed(outputs, findings, places);
    }

    private static Optional<MonetaryAmount> single(CheckInputs inputs, String name) {
        return inputs.has(name) ? Optional.of(Gbp.of(inputs.numbers(name).get(0))) : Optional.empty();
    }

    private static List<ExpenditureLine> lines(CheckInputs inputs) {
        List<String> ids = inputs.texts("schemeId");
        List<String> names = inputs.texts("schemeName");
        List<String> types = inputs.texts("schemeType");
        List<String> areas = inputs.texts("area");
        List<String> commissioners = inputs.texts("commissioner");
        List<Optional<BigDecimal>> shares = inputs.optionalNumbers("nhsShare");
        List<String> sources = inputs.texts("source");
        List<BigDecimal> amounts = inputs.numbers("amount");
        List<ExpenditureLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            int row = i;
            AreaOfSpend area = at(inputs, "area", row, () -> AreaOfSpend.ofLabel(areas.get(row)));
            Commissioner commissioner = at(inputs, "commissioner", row, () -> Commissioner.ofLabel(commissioners.get(row)));
            FundingStream source = at(inputs, "source", row, () -> FundingStream.ofLabel(sources.get(row)));
            Optional<BigDecimal> share = row < shares.size() ? shares.get(row) : Optional.empty();
            lines.add(at(inputs, "schemeId", row, () -> new ExpenditureLine(ids.get(row), row < names.size() ? names.get(row) : "",
                    types.get(row), area, commissioner, share, source, Gbp.of(amounts.get(row)))));
        }
        return lines;
    }
}
