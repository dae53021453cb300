package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 24 section 3: numbers every tool reads back (CSV and JSON in plain decimals at full precision,
 * whole numbers without a fraction) and tables people can read (figures rounded as Fingertips publishes
 * them, thousands separators, counts as integers).
 */
class NumbersReadBackTest {

    @Test
    void aSmallProportionPipesIntoCompare() {
        // 1 in 90,000: the value is 1.1111111111111112E-5 as Java prints a double
        Cli.Result proportion = Cli.run("proportion", "--numerator", "1", "--denominator", "90000");
        assertThat(proportion.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(proportion.out()).doesNotContain("E").startsWith("value,lower,upper\n0.000011111111111111112,");
        Cli.Result compared = Cli.withInput(proportion.out().getBytes(StandardCharsets.UTF_8), "compare",
                "--benchmark", "0.5", "-");
        assertThat(compared.exitCode()).as(compared.err()).isEqualTo(ExitCode.OK);
        assertThat(compared.out()).isEqualTo("value,benchmark,comparison,note\n0.000011111111111111112,0.5,lower,\n");
    }

    @Test
    void largeValuesPrintWithoutAnExponentAndWholeNumbersWithoutAFraction() {
        Cli.Result rate = Cli.run("rate", "--count", "120", "--population", "1", "--multiplier", "100000");
        assertThat(rate.out()).startsWith("value,lower,upper,method\n12000000,");
        Cli.Result json = Cli.run("proportion", "--numerator", "1", "--denominator", "90000", "--format", "json");
        assertThat(json.out()).startsWith("{\"rows\":[{\"value\":0.000011111111111111112,\"lower\":0.00000");
        assertThat(json.out()).doesNotContain("E-");
    }

    @Test
    void aTableRoundsAsFingertipsPublishes() {
        // 396 falls in 20,000: 1980.0000000000002 per 100,000 in CSV, 1,980.0 in a table
        Cli.Result csv = Cli.run("rate", "--count", "396", "--population", "20000");
        assertThat(csv.out()).startsWith("value,lower,upper,method\n1980.0000000000002,");
        Cli.Result table = Cli.run("rate", "--count", "396", "--population", "20000", "--format", "table");
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches(".*1,980\\.0 .*1,789\\.\\d .*2,186\\.\\d .*byar.*|"
                + ".*1,980\\.0 .*\\d,\\d{3}\\.\\d .*\\d,\\d{3}\\.\\d .*");
        // a percentage to 1 place, a fraction to 3, a ratio to 2
        assertThat(Cli.run("proportion", "--numerator", "65", "--denominator", "100", "--multiplier", "100",
                "--format", "table").out()).contains("65.0").contains("55.3");
        assertThat(Cli.run("proportion", "--numerator", "65", "--denominator", "100", "--format", "table").out())
                .contains("0.650").contains("0.553");
    }

    @Test
    void aFunnelTableShowsCountsAsIntegersWithSeparators() {
        String areas = "area,numerator,denominator\nNorfolk,86500,100000\n";
        Cli.Result table = Cli.withInput(areas.getBytes(StandardCharsets.UTF_8), "funnel", "--statistic", "proportion",
                "--target", "92.2%", "--multiplier", "100", "--format", "table", "-");
        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCode.OK);
        assertThat(table.out()).contains("86,500").contains("100,000").contains("86.5").doesNotContain("100000.0");
    }
}
