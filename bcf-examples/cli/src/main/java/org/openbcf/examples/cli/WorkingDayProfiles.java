package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openbcf.core.number.Numbers;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.profile.HolidayCalendar;
import org.openbcf.metrics.profile.ProfiledMonth;
import org.openbcf.metrics.profile.WorkingDayProfile;

/**
 * {@code bcf profile}: an annual target profiled by the working days of each month of a financial
 * year (England and Wales bank holidays), computed by {@link WorkingDayProfile#monthly(double)}, or
 * in whole numbers by largest remainder by {@link WorkingDayProfile#monthlyWhole(long)}: twelve rows
 * for the one case of the options or for each row of a file ({@link Cases}).
 */
final class WorkingDayProfiles {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("year", "annual").optional("integer", "case");

    /** The last calendar year of bank holidays a profile may use: computed by rule past the shipped list. */
    static final int LAST_CALENDAR_YEAR = 2040;

    private static final List<String> COLUMNS = List.of("month", "working_days", "target");

    private WorkingDayProfiles() {
    }

    /**
     * Runs {@code bcf profile}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(ProfileCommand command) {
        Options.oneForm(command.file, command.annual != null || command.year != null, "--annual and --year", "profile");
        Streams streams = command.streams();
        if (command.file == null) {
            if (command.annual == null || command.year == null) {
                throw new BadInputException("give both --annual and --year");
            }
            BigDecimal annualValue = command.annual;
            FinancialYear financialYear = command.year;
            boolean whole = command.integer;
            return Cases.one(streams, command.output, COLUMNS, () -> rows(financialYear, annualValue, whole, "--annual"));
        }
        return Cases.rows(streams, command.output, command.file, SCHEMA, in -> new Cases.Batch(COLUMNS, "annual", row -> {
            FinancialYear financialYear = row.get("year", FinancialYear::parse);
            BigDecimal annualValue = row.decimal("annual");
            boolean whole = row.optional("integer").isPresent() && row.get("integer", WorkingDayProfiles::yesNo);
            return () -> rows(financialYear, annualValue, whole, row.where("annual"));
        }));
    }

    private static Boolean yesNo(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
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

    /** The twelve months' rows of one case. */
    private static List<List<Object>> rows(FinancialYear year, BigDecimal annual, boolean whole, String field) {
        WorkingDayProfile profile = WorkingDayProfile.of(year, calendar(year));
        List<ProfiledMonth> months = whole ? profile.monthlyWhole(wholeNumber(annual, field))
                : profile.monthly(annual.doubleValue());
        List<List<Object>> rows = new ArrayList<>();
        for (ProfiledMonth month : months) {
            rows.add(List.of(month.month().toString(), (long) month.workingDays(),
                    whole ? (Object) (long) month.target() : (Object) month.target()));
        }
        return rows;
    }

    private static long wholeNumber(BigDecimal value, String field) {
        try {
            return Numbers.parseWhole(value.toPlainString(), field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " (" + value.toPlainString() + ") must be a whole number with --integer", e);
        }
    }
}
