package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.LedgerFlow;
import org.openbcf.core.ledger.LedgerMeasure;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * {@code calculation = income-and-expenditure}: the quarterly income and expenditure sheet
 * ("5. I&amp;E (2 parts)", Q3 2015/16 template), recomputed with {@link QuarterlyLedger}: each
 * part's plan and forecast annual totals, its actual year to date, and the fund balance
 * (Norfolk 2015/16: income plan £62,460,800, G-11; balance £2,326,998, G-12).
 */
final class IncomeAndExpenditureCalculation implements SheetCalculation {

    @Override
    public String name() {
        return "income-and-expenditure";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("year", "the financial year of the sheet, e.g. 2015/16"));
    }

    @Override
    public List<Field> inputs() {
        List<Field> inputs = new ArrayList<>();
        for (LedgerFlow flow : LedgerFlow.values()) {
            String part = flow.label();
            inputs.add(Field.number(part + ".plan", 4, part + " plan, Q1 to Q4"));
            inputs.add(Field.number(part + ".forecast", 4, part + " forecast, Q1 to Q4"));
            inputs.add(Field.optionalNumber(part + ".actual", 4, part + " actual, Q1 to Q4, blank or '-' where not yet reported"));
            inputs.add(Field.number(part + ".pooledFund", 1, part + " pooled fund"));
            inputs.add(Field.text(part + ".comment", 1, part + " comment on a difference from the pooled fund (R-IE-5), blank when none"));
        }
        return inputs;
    }

    @Override
    public List<String> optionalInputs() {
        return List.of(LedgerFlow.INCOME.label() + ".comment", LedgerFlow.EXPENDITURE.label() + ".comment");
    }

    @Override
    public List<Field> outputs() {
        List<Field> outputs = new ArrayList<>();
        for (LedgerFlow flow : LedgerFlow.values()) {
            String part = flow.label();
            outputs.add(Field.number(part + ".plan.annualTotal", 1, part + " plan annual total"));
            outputs.add(Field.number(part + ".forecast.annualTotal", 1, part + " forecast annual total"));
            outputs.add(Field.number(part + ".actual.yearToDate", 1, part + " actual year to date"));
        }
        outputs.add(Field.number("balance", 1, "actual income minus actual expenditure to date"));
        return outputs;
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        FinancialYear year = FinancialYear.parse(inputs.parameter("year"));
        QuarterlyLedger ledger = QuarterlyLedger.of(part(LedgerFlow.INCOME, year, inputs), part(LedgerFlow.EXPENDITURE, year, inputs));
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        for (LedgerFlow flow : LedgerFlow.values()) {
            FlowLedger part = ledger.part(flow);
            outputs.put(flow.label() + ".plan.annualTotal", pounds(part.annualTotal(LedgerMeasure.PLAN)));
            outputs.put(flow.label() + ".forecast.annualTotal", pounds(part.annualTotal(LedgerMeasure.FORECAST)));
            outputs.put(flow.label() + ".actual.yearToDate", pounds(part.annualTotal(LedgerMeasure.ACTUAL)));
        }
        outputs.put("balance", pounds(ledger.actualBalance()));
        // a total at the cells it adds up, a quarter at its cell, the pooled fund and comment at theirs
        Map<String, String> places = new LinkedHashMap<>();
        for (LedgerFlow flow : LedgerFlow.values()) {
            String name = flow.label();
            for (String measure : List.of("plan", "forecast", "actual")) {
                CalculationCells.placeAll(places, name + "." + measure, inputs, name + "." + measure);
                for (int i = 0; i < 4; i++) {
                    CalculationCells.place(places, name + "." + measure + "." + year.quarter(i + 1), inputs, name + "." + measure, i);
                }
            }
            CalculationCells.place(places, name + ".pooledFund", inputs, name + ".pooledFund", 0);
            CalculationCells.place(places, name + ".comment", inputs, name + ".comment", 0);
        }
        return new Computed(outputs, ledger.check().stream().map(f -> commentNotMapped(f, inputs)).collect(Findings.toFindings()),
                places);
    }

    private static FlowLedger part(LedgerFlow flow, FinancialYear year, CheckInputs inputs) {
        String name = flow.label();
        return FlowLedger.of(flow,
                QuarterlyAmounts.of(year, amounts(inputs.numbers(name + ".plan"))),
                QuarterlyAmounts.of(year, amounts(inputs.numbers(name + ".forecast"))),
                reported(year, inputs.optionalNumbers(name + ".actual")),
                Gbp.of(inputs.numbers(name + ".pooledFund").get(0)),
                inputs.has(name + ".comment") ? inputs.texts(name + ".comment").get(0).strip() : "");
    }

    /**
     * R-IE-5 needs the sheet's comment: where the mapping names no comment cell, openbcf cannot tell
     * whether the sheet has one, so the error becomes a note saying what to map.
     */
    private static Finding commentNotMapped(Finding finding, CheckInputs inputs) {
        String comment = finding.where();
        if (finding.rule() != Rule.R_IE_5 || inputs.has(comment)) {
            return finding;
        }
        return Finding.of(Rule.R_IE_5, Severity.INFO, comment, "not checked: the annual totals differ from the pooled fund"
                + " and the mapping names no input." + comment + " cell; map the sheet's comment cell to check that it has one");
    }

    private static QuarterlyAmounts reported(FinancialYear year, List<Optional<BigDecimal>> values) {
        Map<FinancialQuarter, MonetaryAmount> byQuarter = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            FinancialQuarter quarter = year.quarter(i + 1);
            values.get(i).ifPresent(v -> byQuarter.put(quarter, Gbp.of(v)));
        }
        return new QuarterlyAmounts(year, byQuarter);
    }

    private static List<MonetaryAmount> amounts(List<BigDecimal> values) {
        return values.stream().map(Gbp::of).toList();
    }

    private static List<BigDecimal> pounds(MonetaryAmount amount) {
        return List.of(Gbp.pounds(amount));
    }
}
