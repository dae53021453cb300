package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.number.Numbers;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.profile.HolidayCalendar;
import org.openbcf.metrics.profile.ProfiledMonth;
import org.openbcf.metrics.profile.WorkingDayProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf profile --annual 1308 --year 2016/17 --integer}: an annual target profiled by working
 * days (England and Wales bank holidays), header {@code month,working_days,target}, months as
 * {@code 2016-04}; or a batch: a CSV of cases, one per row, twelve output rows each.
 *
 * @since 0.1.0
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Profile an annual target by working days per month.",
            "CSV: month,working_days,target. One case from the options, or many from FILE with the columns year,annual and optionally integer (yes or no) and case (the output then starts with case)."},
        footerHeading = "%nExample:%n",
        footer = "  bcf profile --year 2016/17 --annual 1308 --integer")
public final class ProfileCommand extends Subcommand {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("year", "annual").optional("integer", "case");

    @Option(names = "--annual", paramLabel = "<number>", description = "The annual target, e.g. 1308.")
    BigDecimal annual;

    @Option(names = "--year", paramLabel = "<year>", description = "The financial year, e.g. 2016/17.")
    FinancialYear year;

    @Option(names = "--integer", description = "Whole-number months by largest remainder, summing to the annual target.")
    boolean integer;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A CSV of cases, or - for standard input.")
    InputFile file;

    @Override
    public Integer call() {
        Options.oneForm(file, annual != null || year != null, "--annual and --year", "profile");
        Streams streams = streams();
        if (file == null) {
            if (annual == null || year == null) {
                throw new BadInputException("give both --annual and --year");
            }
            BigDecimal annualValue = annual;
            FinancialYear financialYear = year;
            try (Results results = new Results(streams, output, List.of("month", "working_days", "target"))) {
                Options.named(() -> rows(results, null, financialYear, annualValue, integer, "--annual"));
                return results.commit();
            }
        }
        try (CsvInput in = CsvInput.open(file, streams.in(), SCHEMA)) {
            List<String> columns = new ArrayList<>(List.of("month", "working_days", "target"));
            if (in.has("case")) {
                columns.add(0, "case");
            }
            try (Results results = new Results(streams, output, columns)) {
                for (Row row : in) {
                    FinancialYear financialYear = row.get("year", FinancialYear::parse);
                    BigDecimal annualValue = row.decimal("annual");
                    boolean whole = row.optional("integer").isPresent() && row.get("integer", ProfileCommand::yesNo);
                    String label = in.has("case") ? row.required("case") : null;
                    row.at("annual", () -> rows(results, label, financialYear, annualValue, whole, row.where("annual")));
                }
                return results.commit();
            }
        }
    }

    private static Boolean yesNo(String text) {
        switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes":
            case "true":
                return true;
            case "no":
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("integer '" + text + "' must be yes or no");
        }
    }

    /** The last calendar year of bank holidays a profile may use: computed by rule past the shipped list. */
    static final int LAST_CALENDAR_YEAR = 2040;

    /**
     * The shipped GOV.UK bank holidays for the years they cover (2010 to 2030), and the same rules'
     * holidays computed to {@value #LAST_CALENDAR_YEAR} for later years (equal to the shipped list where
     * both exist: {@code HolidayCalendar.englandAndWales(first, last)}), so financial years to 2039/40.
     */
    private static HolidayCalendar calendar(FinancialYear year) {
        HolidayCalendar shipped = HolidayCalendar.englandAndWales();
        return year.endYear() <= shipped.lastYear() ? shipped
                : HolidayCalendar.englandAndWales(shipped.firstYear(), LAST_CALENDAR_YEAR);
    }

    private static Void rows(Results results, String label, FinancialYear year, BigDecimal annual, boolean whole,
                             String field) {
        WorkingDayProfile profile = WorkingDayProfile.of(year, calendar(year));
        List<ProfiledMonth> months = whole ? profile.monthlyWhole(wholeNumber(annual, field))
                : profile.monthly(annual.doubleValue());
        for (ProfiledMonth month : months) {
            List<Object> values = new ArrayList<>();
            if (label != null) {
                values.add(label);
            }
            values.add(month.month().toString());
            values.add((long) month.workingDays());
            values.add(whole ? (Object) (long) month.target() : (Object) month.target());
            results.row(values);
        }
        return null;
    }

    private static long wholeNumber(BigDecimal value, String field) {
        try {
            return Numbers.parseWhole(value.toPlainString(), field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " (" + value.toPlainString() + ") must be a whole number with --integer", e);
        }
    }
}
