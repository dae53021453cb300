package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 section 2: batches that survive real data. A DSR funnel area with 0 events is not plotted
 * with its reason; an empty people cell of the non-independent DSR is 0; counts and denominators up to
 * 10<sup>15</sup> (person-time); {@code bcf mean}, whose one value is the value with a note. (Rows that
 * cannot be compared: {@link CompareCommandTest}.)
 */
class BatchesOnRealDataTest {

    @TempDir
    Path dir;

    @Test
    void aDsrFunnelAreaWithNoEventsIsNotPlottedWithItsReason() throws IOException {
        Path areas = Files.writeString(dir.resolve("dsr.csv"), "area,count,value\nNone,0,0\nSome,250,180.5\n");
        Cli.Result result = Cli.run("funnel", "--statistic", "dsr", "--target", "200", areas.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(1)).startsWith("None,0,,,,,,,,not plotted: fewer than 10 events (0 events");
        assertThat(lines.get(2)).startsWith("Some,250,").doesNotContain("not plotted");
    }

    @Test
    void anEmptyPeopleCellIsNoPeopleAsAnEmptyCountIsNoEvents() throws IOException {
        String head = "age_band,frequency,people,population\n";
        String rest = "65-69,1,160,60000\n65-69,2,15,60000\n70-74,1,200,55000\n";
        Path empty = Files.writeString(dir.resolve("empty.csv"), head + "65-69,3,,60000\n" + rest);
        Path zero = Files.writeString(dir.resolve("zero.csv"), head + "65-69,3,0,60000\n" + rest);
        Cli.Result withEmpty = Cli.run("dsr", empty.toString());
        assertThat(withEmpty.exitCode()).as(withEmpty.err()).isEqualTo(ExitCode.OK);
        assertThat(withEmpty.out()).isEqualTo(Cli.run("dsr", zero.toString()).out());
    }

    @Test
    void personTimeDenominatorsAboveTenToTheNineAreRead() throws IOException {
        // the reference package's own test data has 15,128,673,354 person-years
        Cli.Result rate = Cli.run("rate", "--count", "2,000,000", "--population", "15,128,673,354");
        assertThat(rate.exitCode()).as(rate.err()).isEqualTo(ExitCode.OK);
        double value = Double.parseDouble(rate.out().lines().skip(1).findFirst().orElseThrow().split(",")[0]);
        assertThat(value).isCloseTo(2_000_000 * 100_000.0 / 15_128_673_354L, within(1e-9));
        Path batch = Files.writeString(dir.resolve("big.csv"), "numerator,denominator\n1,1000000000000000\n");
        assertThat(Cli.run("proportion", batch.toString()).exitCode()).isEqualTo(ExitCode.OK);
        Cli.Result tooBig = Cli.run("proportion", "--numerator", "1", "--denominator", "1000000000000001");
        assertThat(tooBig.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(tooBig.err()).contains("--denominator (1000000000000001) must be between 1 and 1,000,000,000,000,000");
        Path dsr = Files.writeString(dir.resolve("dsr.csv"), "age_band,count,population\n65-69,5000,20000000000\n"
                + "90+,3000,3000000000\n");
        assertThat(Cli.run("dsr", dsr.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aMeanHasItsStudentTInterval() throws IOException {
        // days of delay 2, 4, 4, 5, 7: mean 4.4, sd sqrt(3.3), t(0.975; 4)
        Path values = Files.writeString(dir.resolve("delays.csv"), "value\n2\n4\n4\n5\n7\n");
        Cli.Result result = Cli.run("mean", values.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        String[] row = result.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertThat(result.out()).startsWith("count,value,lower,upper,note\n5,4.4");
        double half = TDistribution.of(4).inverseCumulativeProbability(0.975) * Math.sqrt(3.3) / Math.sqrt(5);
        assertThat(Double.parseDouble(row[2])).isCloseTo(4.4 - half, within(1e-12));
        assertThat(Double.parseDouble(row[3])).isCloseTo(4.4 + half, within(1e-12));
        Cli.Result summary = Cli.run("mean", "--count", "5", "--mean", "4.4", "--sd", String.valueOf(Math.sqrt(3.3)));
        assertThat(Double.parseDouble(summary.out().lines().skip(1).findFirst().orElseThrow().split(",")[3]))
                .isCloseTo(4.4 + half, within(1e-12));
    }

    @Test
    void oneValueIsTheValueWithNoIntervalAndANote() throws IOException {
        Path values = Files.writeString(dir.resolve("cases.csv"), "case,value\nA,2\nA,4\nB,7\n");
        Cli.Result result = Cli.run("mean", "--confidence", "95%", "--confidence", "99.8%", values.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("case,count,value,lower_95,upper_95,lower_99_8,upper_99_8,note");
        assertThat(lines.get(1)).startsWith("A,2,3,").endsWith(",");
        assertThat(lines.get(2)).isEqualTo("B,1,7,,,,," + MeanIntervals.ONE_VALUE);
        assertThat(Cli.run("mean", "--count", "1", "--mean", "7").out())
                .isEqualTo("count,value,lower,upper,note\n1,7,,," + MeanIntervals.ONE_VALUE + "\n");
    }
}
