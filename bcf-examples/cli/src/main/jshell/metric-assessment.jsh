// A metric assessment with intervals: Norfolk's 2016/17 residential admissions target, profiled by
// working days, assessed year to date against actuals; the PHB rate and the reablement proportion
// with 95% confidence intervals.
//   jshell --class-path bcf-examples/target/bcf.jar bcf-examples/cli/src/main/jshell/startup.jsh \
//          bcf-examples/cli/src/main/jshell/metric-assessment.jsh

// Residential admissions 2016/17: 1,377 less 5%, rounded half up to a whole admission (G-16).
var target = Target.reduction(new BigDecimal("1377"), new BigDecimal("5"), TargetRounding.HALF_UP);
System.out.println("Target: " + target);

// The annual target profiled over the months by working days (2016/17 has 255, G-22).
var profile = WorkingDayProfile.of(FinancialYear.parse("2016/17"), HolidayCalendar.englandAndWales());
var months = profile.monthlyWhole(1308);
System.out.println("Working days: " + profile.totalWorkingDays() + ", April to June targets: "
        + months.subList(0, 3).stream().map(m -> m.month() + " " + (long) m.target()).collect(Collectors.joining(", ")));

// Hypothetical actuals for April to September (illustrative, not Norfolk's figures).
var actuals = Stream.of(110, 98, 120, 104, 99, 112).map(BigDecimal::valueOf).toList();
var progress = Progress.of(Bound.MAXIMUM, months.stream().map(m -> BigDecimal.valueOf(m.target())).toList(), actuals);
System.out.println("Year to date: " + progress.yearToDate().actual() + " against " + progress.yearToDate().target()
        + ": " + progress.yearToDate().status());

// Personal health budgets per 100,000 population, with Byar's 95% interval (G-15: 108 / 882,569).
var phb = Rates.perHundredThousand(108, 882_569, ConfidenceLevel.NINETY_FIVE);
System.out.printf("PHB rate %.2f per 100,000 (95%% CI %.2f to %.2f, %s)%n", phb.value(), phb.lower(), phb.upper(), phb.method());

// Reablement: 91.4% still at home 91 days after discharge against a 90% minimum (G-18); Wilson interval on
// a hypothetical cohort of 500 (457 at home).
var reablement = Proportions.wilson(457, 500, ConfidenceLevel.NINETY_FIVE, 100);
System.out.printf("Reablement %.1f%% (95%% CI %.1f%% to %.1f%%): %s%n", reablement.value(), reablement.lower(), reablement.upper(),
        Target.atLeast(new BigDecimal("90")).assess(new BigDecimal("91.4")).status());
/exit
