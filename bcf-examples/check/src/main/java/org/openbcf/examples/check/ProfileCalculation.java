package org.openbcf.examples.check;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openbcf.core.finding.Findings;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.metrics.profile.HolidayCalendar;
import org.openbcf.metrics.profile.ProfiledMonth;
import org.openbcf.metrics.profile.WorkingDayProfile;

/**
 * {@code calculation = profile}: an annual target profiled by working days, recomputed with
 * {@link WorkingDayProfile} on the England and Wales bank holidays ({@link HolidayCalendar#englandAndWales()}):
 * each month's working days and share of the annual target, whole numbers by largest remainder
 * ({@code parameter.method = whole}) or exact shares ({@code exact}), and the quarters' sums. Norfolk
 * 2016/17 (G-22): working days [21, 20, 22, 21, 22, 22, 21, 22, 20, 21, 20, 23] = 255; 1,308 →
 * [108, 102, 113, 108, 113, 113, 108, 113, 102, 108, 102, 118], quarters 323, 334, 323, 328.
 *
 * <p>A profile has no rule with findings; an annual target the library refuses (negative, a fraction
 * with {@code whole}) stops the check.
 */
final class ProfileCalculation implements SheetCalculation {

    private static final int MONTHS = 12;
    private static final int QUARTERS = 4;

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("year", "the financial year profiled, e.g. 2016/17"),
                Field.parameter("method", "whole (whole numbers by largest remainder, summing to the annual target) or exact"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(Field.decimal("annual", 1, "the annual target, e.g. 1308"));
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.number("workingDays", MONTHS, "the working days of each month, April to March"),
                Field.number("totalWorkingDays", 1, "the working days of the year"),
                Field.number("monthly", MONTHS, "the annual target's share of each month, April to March"),
                Field.number("quarterly", QUARTERS, "the months' shares added up by quarter, Q1 to Q4"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        WorkingDayProfile profile = WorkingDayProfile.of(FinancialYear.parse(inputs.parameter("year")),
                HolidayCalendar.englandAndWales());
        BigDecimal annual = inputs.numbers("annual").get(0);
        String method = inputs.parameter("method").strip().toLowerCase(Locale.ROOT);
        List<ProfiledMonth> months = switch (method) {
            case "whole" -> profile.monthlyWhole(CalculationCells.whole(inputs, "annual", 0, annual));
            case "exact" -> profile.monthly(annual.doubleValue());
            default -> throw new IllegalArgumentException("parameter.method ('" + inputs.parameter("method")
                    + "') must be whole or exact");
        };
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        outputs.put("workingDays", profile.workingDays().stream().map(BigDecimal::valueOf).toList());
        outputs.put("totalWorkingDays", List.of(BigDecimal.valueOf(profile.totalWorkingDays())));
        outputs.put("monthly", months.stream().map(m -> BigDecimal.valueOf(m.target())).toList());
        outputs.put("quarterly", profile.quarterly(months).values().stream().map(BigDecimal::valueOf).toList());
        return new Computed(outputs, Findings.none());
    }
}
