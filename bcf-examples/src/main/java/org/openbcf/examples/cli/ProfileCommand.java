package org.openbcf.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.profile.HolidayCalendar;
import org.openbcf.metrics.profile.ProfiledMonth;
import org.openbcf.metrics.profile.WorkingDayProfile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf profile --annual 1308 --year 2016/17 --integer}: an annual target profiled by working
 * days (England and Wales bank holidays), header {@code month,working_days,target}, months as
 * {@code 2016-04}.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Profile an annual target by working days per month (CSV: month,working_days,target).")
public final class ProfileCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--annual", required = true, description = "the annual target, e.g. 1308")
    String annual;

    @Option(names = "--year", required = true, description = "the financial year, e.g. 2016/17")
    String year;

    @Option(names = "--integer", description = "whole-number months by largest remainder, summing to the annual target")
    boolean integer;

    @Override
    public Integer call() {
        BigDecimal annualValue = Options.decimal(annual, "--annual");
        FinancialYear financialYear = Options.parse(year, "--year", FinancialYear::parse);
        WorkingDayProfile profile = WorkingDayProfile.of(financialYear, HolidayCalendar.englandAndWales());
        List<ProfiledMonth> months = integer ? profile.monthlyWhole(whole(annualValue))
                : profile.monthly(annualValue.doubleValue());
        PrintWriter out = spec.commandLine().getOut();
        out.println("month,working_days,target");
        for (ProfiledMonth month : months) {
            String target = integer ? Long.toString((long) month.target()) : Options.number(month.target());
            out.println(month.month() + "," + month.workingDays() + "," + target);
        }
        return ExitCode.OK;
    }

    private static long whole(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadInputException("--annual (" + value.toPlainString()
                    + ") must be a whole number with --integer", e);
        }
    }
}
