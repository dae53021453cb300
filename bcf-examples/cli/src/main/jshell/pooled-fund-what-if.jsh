// What if? Norfolk's 2016/17 pooled fund with two contributions changed, set against the published plan.
//   jshell --class-path bcf-examples/target/bcf.jar bcf-examples/cli/src/main/jshell/startup.jsh \
//          bcf-examples/cli/src/main/jshell/pooled-fund-what-if.jsh

var year = FinancialYear.parse("2016/17");
var published = NorfolkData.pooledFund(year, "plan");
System.out.println("Published: " + published);

// The scenario: NHS Norwich CCG adds £250,000 and the DFG allocation falls to £6,000,000.
var contributions = new ArrayList<Contribution>();
for (var c : published.contributions()) {
    MonetaryAmount amount = c.amount();
    if (c.partner().name().equals("NHS Norwich CCG")) {
        amount = amount.add(Gbp.of(250_000));
    }
    if (c.stream() == FundingStream.DFG) {
        amount = Gbp.of(6_000_000);
    }
    contributions.add(Contribution.of(c.partner(), c.stream(), amount));
}
var whatIf = PooledFund.of("Norfolk what-if", year, true, contributions);
System.out.println("What-if:   " + whatIf);

var change = whatIf.changeFrom(published);
for (var line : change.partners()) {
    if (!Gbp.same(line.previous(), line.current())) {
        System.out.println("  " + line.label() + ": " + Gbp.format(line.previous()) + " -> " + Gbp.format(line.current())
                + " (" + Gbp.format(line.difference()) + ")");
    }
}
System.out.println("Total change: " + Gbp.format(change.total().difference()) + ", "
        + change.total().percentageChange(2, RoundingMode.HALF_UP).orElseThrow() + "%");
System.out.println("CCG share of the what-if fund: "
        + Gbp.pounds(whatIf.totalOf(c -> c.partner().type() == PartnerType.CCG)).movePointRight(2)
              .divide(Gbp.pounds(whatIf.total()), 2, RoundingMode.HALF_UP) + "%");
/exit
