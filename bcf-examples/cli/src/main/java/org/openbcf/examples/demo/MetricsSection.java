package org.openbcf.examples.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.catalogue.Era;
import org.openbcf.metrics.catalogue.Metric;
import org.openbcf.metrics.catalogue.MetricCatalogue;
import org.openbcf.metrics.profile.HolidayCalendar;
import org.openbcf.metrics.profile.ProfiledMonth;
import org.openbcf.metrics.profile.WorkingDayProfile;
import org.openbcf.metrics.target.Assessment;
import org.openbcf.metrics.target.Target;
import org.openbcf.metrics.target.TargetRounding;

/**
 * The demo's metrics section: Norfolk's 2016/17 targets with the working-day profile of residential
 * admissions (G-16…G-18, G-22). The 2022-23 assessments of plan against outturn (G8) are in the
 * review of the 2022-23 dataset.
 *
 * @since 0.1.0
 */
public final class MetricsSection implements DemoSection {

    private static final String TARGETS = "metric-targets-2016-17.csv";

    @Override
    public String title() {
        return "Metric targets 2016/17 and their working-day profile";
    }

    @Override
    public void print(PrintWriter out) {
        out.println("2016/17 plan targets (reductions rounded as stated; equality counts as met)");
        Target profiled = null;
        FinancialYear profiledYear = null;
        for (Row row : NorfolkData.read(TARGETS, NorfolkData.METRIC_TARGETS)) {
            Metric metric = MetricCatalogue.get(Era.BCF_2016_17, row.text("metric"));
            Target target;
            String basis;
            if (row.text("fixed_minimum").isEmpty()) {
                TargetRounding rounding = TargetRounding.parse(row.text("rounding"));
                target = Target.reduction(new BigDecimal(row.text("base")), new BigDecimal(row.text("reduction_percent")),
                        rounding);
                basis = row.text("base") + " (" + row.text("base_description") + ") less " + row.text("reduction_percent")
                        + "%, rounding " + rounding;
            } else {
                target = Target.atLeast(new BigDecimal(row.text("fixed_minimum")));
                basis = "fixed threshold";
            }
            out.printf("  %-26s %-8s %-20s %s; %s%n", metric.id(), row.text("year"), target, basis, row.text("target_source"));
            if (row.text("profile").equals("monthly")) {
                profiled = target;
                profiledYear = FinancialYear.parse(row.text("year"));
            }
        }
        if (profiled != null) {
            printProfile(out, profiled, profiledYear);
        }
    }

    private static void printProfile(PrintWriter out, Target target, FinancialYear year) {
        WorkingDayProfile profile = WorkingDayProfile.of(year, HolidayCalendar.englandAndWales());
        List<ProfiledMonth> months = profile.monthlyWhole(target.value().longValueExact());
        out.println();
        out.println("Residential admissions " + year + ": " + target + " profiled by working days "
                + "(England and Wales bank holidays, largest remainder)");
        out.println("  derived illustration (G-22): the plan gives no monthly figures; this is openbcf's profile, not Norfolk's");
        out.printf("  %-8s %12s %8s%n", "month", "working days", "target");
        for (ProfiledMonth month : months) {
            out.printf("  %-8s %12d %8d%n", month.month(), month.workingDays(), (long) month.target());
        }
        out.printf("  %-8s %12d %8s%n", "total", profile.totalWorkingDays(), target.value().toPlainString());
        StringBuilder quarters = new StringBuilder("  quarters:");
        for (Map.Entry<FinancialQuarter, Double> quarter : profile.quarterly(months).entrySet()) {
            quarters.append(' ').append(quarter.getKey()).append(' ').append(quarter.getValue().longValue()).append(';');
        }
        out.println(quarters.substring(0, quarters.length() - 1));
    }

}
