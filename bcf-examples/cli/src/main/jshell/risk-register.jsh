// A risk register at the prompt: Norfolk's 2016 scheme risks on the template's 4x4 matrix, then the
// same levels on the NHS 5x5 matrix with one new risk added.
//   jshell --class-path bcf-examples/target/bcf.jar bcf-examples/cli/src/main/jshell/startup.jsh \
//          bcf-examples/cli/src/main/jshell/risk-register.jsh

var risks = org.openbcf.examples.demo.RiskSection.risks2016();
var register = RiskRegister.of(RiskMatrix.fourByFour(), risks);
System.out.println(register);

System.out.println("Top 3:");
for (var scored : register.top(3)) {
    System.out.println("  " + scored.score() + " " + scored.risk().id() + " " + scored.risk().description());
}
System.out.println("Findings: " + register.findings().size());
register.findings().forEach(f -> System.out.println("  " + f));

// What if winter pressure is added, and the register is read on the NHS 5x5 matrix?
var more = new ArrayList<>(risks);
more.add(Risk.of("NEW-1", "Winter pressure delays discharges", 4, 4, "Discharge to assess"));
var nhs = RiskRegister.of(RiskMatrix.nhsFiveByFive(), more);
System.out.println("On the " + nhs.matrix().name() + " matrix: " + nhs.countsByBand());
System.out.println(nhs.heatMap());
/exit
