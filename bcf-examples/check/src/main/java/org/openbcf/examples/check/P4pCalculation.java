package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsQuarter;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.examples.format.P4pFigure;
import org.openbcf.examples.format.P4pTotal;

/**
 * {@code calculation = p4p}: the 2015/16 payment-for-performance sheet ("4. Non-Elective and P4P"),
 * recomputed with {@link PaymentForPerformance}: four quarters of baseline, plan and actual
 * non-elective admissions, the cost per admission, optionally the agreed payments and the local
 * share; every per-quarter figure and total the sheet computes (Norfolk Q3 2015/16: pot
 * £4,866,340, suggested £0 each quarter, unreleased £354,620 … £1,777,570, G-1 to G-9).
 */
final class P4pCalculation implements SheetCalculation {

    private static final int QUARTERS = 4;

    @Override
    public String name() {
        return "p4p";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("firstQuarter", "the first quarter of the P4P year, e.g. Q4 2014/15"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.count("baseline", QUARTERS, "non-elective admissions in the same quarters a year earlier"),
                Field.count("plan", QUARTERS, "planned non-elective admissions, one per quarter"),
                Field.count("actual", QUARTERS, "actual non-elective admissions, one per quarter"),
                Field.number("costPerAdmission", 1, "cost per non-elective admission, e.g. 1490"),
                Field.optionalNumber("agreedPayment", QUARTERS, "payment agreed locally, one per quarter, blank where none"),
                Field.number("localShare", 1, "total performance and ring-fenced funds"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("agreedPayment", "localShare");
    }

    @Override
    public List<Field> outputs() {
        List<Field> outputs = new ArrayList<>(List.of(
                Field.number(P4pTotal.TARGET_REDUCTION.field(), 1, "target reduction: baseline total minus plan total"),
                Field.number(P4pTotal.PERFORMANCE_POT.field(), 1, "total performance fund available"),
                Field.number(P4pTotal.RING_FENCED_FUNDS.field(), 1,
                        "local share minus the performance pot (needs input.localShare)"),
                Field.number(P4pTotal.TOTAL_SUGGESTED_PAYMENTS.field(), 1, "suggested payments added up"),
                Field.number(P4pTotal.TOTAL_PAID.field(), 1, "total payment made: agreed where given, else suggested"),
                Field.number(P4pTotal.TOTAL_UNRELEASED_FUNDS.field(), 1, "suggested unreleased funds added up")));
        for (P4pFigure figure : QUARTERLY) {
            String name = figure.field();
            outputs.add(Field.number(name, QUARTERS, name + ", one per quarter"
                    + (figure == P4pFigure.AGREED_UNRELEASED_FUNDS ? " (needs input.agreedPayment in every quarter)" : "")));
        }
        return outputs;
    }

    /** The year's figures the sheet computes, in output order. */
    private static final List<P4pTotal> TOTALS = List.of(P4pTotal.TARGET_REDUCTION, P4pTotal.PERFORMANCE_POT,
            P4pTotal.RING_FENCED_FUNDS, P4pTotal.TOTAL_SUGGESTED_PAYMENTS, P4pTotal.TOTAL_PAID,
            P4pTotal.TOTAL_UNRELEASED_FUNDS);

    /** The per-quarter figures the sheet computes: every figure of the column model that is not an input. */
    private static final List<P4pFigure> QUARTERLY = P4pFigure.computed();

    @Override
    public Computed compute(CheckInputs inputs) {
        PerformanceResult result = PaymentForPerformance.calculate(series(inputs), terms(inputs));
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        for (P4pTotal total : TOTALS) {
            outputs.put(total.field(), total.number(result).map(List::of).orElse(List.of()));
        }
        for (P4pFigure figure : QUARTERLY) {
            List<BigDecimal> values = new ArrayList<>();
            for (QuarterPayment quarter : result.quarters()) {
                figure.number(quarter).ifPresent(values::add);
            }
            outputs.put(figure.field(), values.size() == result.quarters().size() ? values : List.of());
        }
        // a quarter's findings at its agreed payment's cell (the mapping has no comment cell: R-P4P-15 asks for one there)
        Map<String, String> places = new LinkedHashMap<>();
        for (int i = 0; i < result.quarters().size(); i++) {
            CalculationCells.place(places, "p4p." + result.quarters().get(i).quarter(), inputs, "agreedPayment", i);
        }
        return new Computed(outputs, result.findings(), places);
    }

    private static AdmissionsSeries series(CheckInputs inputs) {
        FinancialQuarter first = FinancialQuarter.parse(inputs.parameter("firstQuarter"));
        List<Long> baseline = inputs.counts("baseline");
        List<Long> plan = inputs.counts("plan");
        List<Long> actual = inputs.counts("actual");
        List<Optional<BigDecimal>> agreed = inputs.optionalNumbers("agreedPayment");
        List<AdmissionsQuarter> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS; i++) {
            AdmissionsQuarter quarter = AdmissionsQuarter.of(first.plusQuarters(i), baseline.get(i), plan.get(i), actual.get(i));
            if (i < agreed.size() && agreed.get(i).isPresent()) {
                quarter = quarter.withAgreedPayment(Gbp.of(agreed.get(i).get()));
            }
            quarters.add(quarter);
        }
        return AdmissionsSeries.of(quarters);
    }

    private static PerformanceTerms terms(CheckInputs inputs) {
        PerformanceTerms terms = PerformanceTerms.of(Gbp.of(inputs.numbers("costPerAdmission").get(0)));
        return inputs.has("localShare") ? terms.withLocalShare(Gbp.of(inputs.numbers("localShare").get(0))) : terms;
    }

}
