package org.openbcf.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.QuarterPayment;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.chart.BandHeatMap;
import org.openbcf.examples.chart.Chart;
import org.openbcf.examples.chart.Charts;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.funnel.Funnel;
import org.openbcf.metrics.funnel.FunnelPoint;
import org.openbcf.metrics.profile.HolidayCalendar;
import org.openbcf.metrics.profile.ProfiledMonth;
import org.openbcf.metrics.profile.WorkingDayProfile;
import org.openbcf.metrics.target.Target;
import org.openbcf.metrics.target.TargetRounding;

/**
 * The demo's charts, {@code bcf demo --charts <dir>}: PNG files drawn from the figures the library
 * computes from Norfolk's embedded data (and one funnel of illustrative areas, labelled as such: the
 * sources hold no multi-area data).
 *
 * @since 0.1.0
 */
public final class DemoCharts {

    private DemoCharts() {
    }

    /**
     * Writes every chart into a directory, creating it when needed.
     *
     * @param dir the directory, not null
     * @return the files written, in order, never null
     * @throws org.openbcf.examples.io.OutputFailedException when the directory or a file cannot be written
     */
    public static List<Path> write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new org.openbcf.examples.io.OutputFailedException("cannot create chart directory " + dir + " (" + e.getMessage() + ")", e);
        }
        List<Path> files = new ArrayList<>();
        PerformanceResult p4p = PaymentForPerformance.calculate(PaymentForPerformanceSection.norfolkSeries(),
                PaymentForPerformanceSection.NORFOLK_TERMS);
        files.add(admissions(p4p, dir.resolve("non-elective-admissions-2015-16.png")));
        files.add(paymentsAgainstCap(p4p, dir.resolve("p4p-payments-against-cap-2015-16.png")));
        files.add(monthlyProfile(dir.resolve("residential-admissions-profile-2016-17.png")));
        files.add(riskHeatMap(dir.resolve("risk-heat-map-2016.png")));
        files.add(incomeAndExpenditure(dir.resolve("income-and-expenditure-2015-16.png")));
        files.add(illustrativeFunnel(dir.resolve("illustrative-funnel-discharge-to-usual-residence.png")));
        return files;
    }

    private static Path admissions(PerformanceResult p4p, Path file) {
        List<QuarterPayment> quarters = p4p.quarters();
        return Charts.writePng(Charts.lines("Norfolk non-elective admissions by quarter (P4P year 2015/16)", "admissions",
                labels(p4p), List.of(
                        Charts.Series.of("Baseline (same quarter a year earlier)", quarters.stream().map(q -> q.input().baseline()).toList()),
                        Charts.Series.of("Plan", quarters.stream().map(q -> q.input().plan()).toList()),
                        Charts.Series.of("Actual", quarters.stream().map(q -> q.input().actual()).toList()))), file);
    }

    private static Path paymentsAgainstCap(PerformanceResult p4p, Path file) {
        PerformanceResult fewer = PaymentForPerformance.calculate(p4p.series().withoutAgreedPayments()
                .withActualsChangedBy(new BigDecimal("-5"), RoundingMode.HALF_UP), p4p.terms());
        Chart chart = Charts.lines("Norfolk P4P: cumulative suggested payments against the cap", "£",
                labels(p4p), List.of(
                        Charts.Series.of("Suggested, as returned", cumulativeSuggested(p4p)),
                        Charts.Series.of("Cap (cumulative maximum payments)",
                                p4p.quarters().stream().map(q -> Gbp.pounds(q.cumulativeCap())).toList()),
                        Charts.Series.of("Suggested if actuals had been 5% lower", cumulativeSuggested(fewer))));
        return Charts.writePng(chart.legendInside(), file);
    }

    private static List<BigDecimal> cumulativeSuggested(PerformanceResult result) {
        return result.cumulativeSuggestedPayments().stream().map(Gbp::pounds).toList();
    }

    private static List<String> labels(PerformanceResult p4p) {
        return p4p.quarters().stream().map(q -> q.quarter().toString()).toList();
    }

    /**
     * The 2016/17 residential admissions target (1,377 less 5%, G-16) profiled by working days (G-22),
     * against an even twelfth per month: the sources hold no monthly actuals.
     */
    private static Path monthlyProfile(Path file) {
        Row row = NorfolkData.read("metric-targets-2016-17.csv", NorfolkData.METRIC_TARGETS).stream()
                .filter(r -> r.text("metric").equals("residential-admissions")).findFirst().orElseThrow();
        FinancialYear year = FinancialYear.parse(row.text("year"));
        Target target = Target.reduction(new BigDecimal(row.text("base")), new BigDecimal(row.text("reduction_percent")),
                TargetRounding.parse(row.text("rounding")));
        List<ProfiledMonth> months = WorkingDayProfile.of(year, HolidayCalendar.englandAndWales())
                .monthlyWhole(target.value().longValueExact());
        BigDecimal twelfth = target.evenTwelfth(2, RoundingMode.HALF_UP);
        return Charts.writePng(Charts.barsAndLines("Norfolk residential admissions " + year + ": monthly profile of the "
                        + target + " target", "admissions", months.stream().map(m -> m.month().toString()).toList(), List.of(
                Charts.Series.of("Profiled by working days", months.stream().map(ProfiledMonth::target).toList()),
                Charts.Series.of("Even twelfths", months.stream().map(m -> twelfth).toList()))), file);
    }

    private static Path riskHeatMap(Path file) {
        RiskRegister register = RiskRegister.of(RiskMatrix.nhsFiveByFive(), RiskSection.risks2016());
        return BandHeatMap.writePng(BandHeatMap.draw("Norfolk 2016 scheme risks on the NHS 5x5 matrix, coloured by risk band",
                register.heatMap()), file);
    }

    private static Path incomeAndExpenditure(Path file) {
        FinancialYear year = FinancialYear.parse("2015/16");
        QuarterlyLedger ledger = NorfolkData.ledger(year);
        List<String> quarters = year.quarters().stream().map(FinancialQuarter::toString).toList();
        FlowLedger income = ledger.income();
        FlowLedger expenditure = ledger.expenditure();
        Chart chart = Charts.lines("Norfolk income and expenditure " + year + " by quarter: plan and actual "
                + "(actual to Q3)", "£", quarters, List.of(
                Charts.Series.of("Income plan", pounds(year, income.plan())),
                Charts.Series.of("Income actual", pounds(year, income.actual())),
                Charts.Series.of("Expenditure plan", pounds(year, expenditure.plan())),
                Charts.Series.of("Expenditure actual", pounds(year, expenditure.actual()))));
        // the plans are bars side by side (income and expenditure plan are equal, so two lines would hide one)
        return Charts.writePng(chart.asBars("Income plan", "Expenditure plan").legendRight(), file);
    }

    /**
     * A proportion funnel around Norfolk's 2022-23 plan for discharge to usual residence (92.2%, G8),
     * with eight illustrative areas: the sources hold no multi-area data, so the areas' counts are
     * invented and the title says so.
     */
    private static Path illustrativeFunnel(Path file) {
        BigDecimal percent = NorfolkData.dataset(FinancialYear.parse("2022/23")).metrics().orElseThrow().stream()
                .filter(m -> m.metric().id().equals("discharge-to-usual-residence")).findFirst().orElseThrow().plan();
        Funnel funnel = Funnel.proportion(percent.movePointLeft(2).doubleValue(), 100);
        List<FunnelPoint> areas = NorfolkData.read("illustrative-funnel-areas.csv", NorfolkData.FUNNEL_AREAS).stream()
                .map(r -> FunnelPoint.of(r.text("area"), Long.parseLong(r.text("to_usual_residence")),
                        Double.parseDouble(r.text("discharged"))))
                .toList();
        return Charts.writePng(Charts.funnel("Illustrative areas (invented counts), Norfolk 2022-23 plan "
                        + percent.toPlainString() + "% to usual residence", "people discharged", "% to usual residence",
                funnel.chart(areas, 121)), file);
    }

    /** Pounds per quarter, null (a gap in the line) where a quarter is not reported (Q4 actual in a Q3 return). */
    private static List<BigDecimal> pounds(FinancialYear year, QuarterlyAmounts amounts) {
        List<BigDecimal> pounds = new ArrayList<>();
        year.quarters().forEach(q -> pounds.add(amounts.amount(q).map(Gbp::pounds).orElse(null)));
        return pounds;
    }
}
