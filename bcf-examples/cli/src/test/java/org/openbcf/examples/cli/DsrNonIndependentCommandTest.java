package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-independent form of {@code bcf dsr} (columns {@code frequency,people}), on the synthetic
 * falls admissions of {@code NonIndependentStandardisationTest} (bcf-metrics): per band 65-69 … 90+,
 * people with 1, 2 and 3 admissions.
 */
class DsrNonIndependentCommandTest {

    private static final String[] BANDS = {"65-69", "70-74", "75-79", "80-84", "85-89", "90+"};
    private static final long[] POPULATION = {60_000, 55_000, 40_000, 28_000, 17_000, 9_000};
    private static final long[][] PEOPLE = {
            {160, 15, 3}, {200, 22, 5}, {250, 30, 7}, {300, 45, 10}, {330, 60, 10}, {300, 55, 13}};

    @TempDir
    Path dir;

    private Path frequencies() throws IOException {
        StringBuilder csv = new StringBuilder("age_band,frequency,people,population\n");
        for (int b = 0; b < BANDS.length; b++) {
            for (int f = 1; f <= 3; f++) {
                csv.append(BANDS[b]).append(',').append(f).append(',').append(PEOPLE[b][f - 1]).append(',')
                        .append(POPULATION[b]).append('\n');
            }
            csv.append(BANDS[b]).append(",0,0,").append(POPULATION[b]).append('\n');   // a row with no people changes nothing
        }
        return Files.writeString(dir.resolve("frequencies.csv"), csv);
    }

    @Test
    void theRateOfAllEventsWithTheWiderNonIndependentInterval() throws IOException {
        // docs/analysts.md / NonIndependentStandardisationTest: 1,049.38 (997.98 to 1,102.45);
        // as independent 1,005.18 to 1,095.02
        Cli.Result result = Cli.run("dsr", frequencies().toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        String[] values = result.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertThat(Double.parseDouble(values[0])).isCloseTo(1049.38, org.assertj.core.api.Assertions.within(0.005));
        assertThat(Double.parseDouble(values[1])).isCloseTo(997.98, org.assertj.core.api.Assertions.within(0.005));
        assertThat(Double.parseDouble(values[2])).isCloseTo(1102.45, org.assertj.core.api.Assertions.within(0.005));

        StringBuilder independent = new StringBuilder("age_band,count,population\n");
        for (int b = 0; b < BANDS.length; b++) {
            independent.append(BANDS[b]).append(',').append(PEOPLE[b][0] + 2 * PEOPLE[b][1] + 3 * PEOPLE[b][2]).append(',')
                    .append(POPULATION[b]).append('\n');
        }
        Cli.Result dobson = Cli.run("dsr", Files.writeString(dir.resolve("independent.csv"), independent).toString());
        String[] same = dobson.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertThat(Double.parseDouble(same[0])).isCloseTo(Double.parseDouble(values[0]),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Double.parseDouble(same[1])).isCloseTo(1005.18, org.assertj.core.api.Assertions.within(0.005));
        assertThat(Double.parseDouble(values[2]) - Double.parseDouble(values[1]))
                .isGreaterThan(Double.parseDouble(same[2]) - Double.parseDouble(same[1]));
    }

    @Test
    void everyoneWithOneEventGivesTheG10RateOfTheDefaultForm() throws IOException {
        // G10 (norfolk-2023-25 spec): events 200, 260, 330, 420, 480, 450 → DSR 1050.37, both forms print the same row
        long[] events = {200, 260, 330, 420, 480, 450};
        StringBuilder counts = new StringBuilder("case,age_band,count,population\n");
        StringBuilder ones = new StringBuilder("case,age_band,frequency,people,population\n");
        for (int b = 0; b < BANDS.length; b++) {
            counts.append("G10,").append(BANDS[b]).append(',').append(events[b]).append(',').append(POPULATION[b]).append('\n');
            ones.append("G10,").append(BANDS[b]).append(",1,").append(events[b]).append(',').append(POPULATION[b]).append('\n');
        }
        Cli.Result byCount = Cli.run("dsr", "--confidence", "95%", "--confidence", "99.8%",
                Files.writeString(dir.resolve("counts.csv"), counts).toString());
        Cli.Result byFrequency = Cli.run("dsr", "--confidence", "95%", "--confidence", "99.8%",
                Files.writeString(dir.resolve("ones.csv"), ones).toString());
        assertThat(byFrequency).isEqualTo(byCount);
        assertThat(byCount.out()).contains("\nG10,1050.37250331");
    }

    @Test
    void fewerThanTenEventsIsASuppressedRow() throws IOException {
        Path few = Files.writeString(dir.resolve("few.csv"), "age_band,frequency,people,population\n65-69,1,3,60000\n"
                + "65-69,3,2,60000\n");
        Cli.Result result = Cli.run("dsr", few.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("value,lower,upper,note\n,,,suppressed: total count (9) is below 10\n");
    }

    @Test
    void badInputIsOneLine() throws IOException {
        assertBadInput(Cli.run("dsr", Files.writeString(dir.resolve("a.csv"), "age_band,frequency,population\n65-69,1,6\n")
                .toString()), "a.csv row 1: missing column people");
        assertBadInput(Cli.run("dsr", Files.writeString(dir.resolve("b.csv"), "age_band,count,people,population\n65-69,1,1,6\n")
                .toString()), "b.csv row 1: give either the column count or the columns frequency and people");
        assertBadInput(Cli.run("dsr", Files.writeString(dir.resolve("c.csv"), "age_band,population\n65-69,6\n").toString()),
                "c.csv row 1: missing column count (or frequency and people)");
        assertBadInput(Cli.run("dsr", Files.writeString(dir.resolve("d.csv"),
                "age_band,frequency,people,population\n65-69,1,30,60000\n65-69,1,2,60000\n").toString()),
                "d.csv row 2, column people: age band 65-69 with event frequency 1 appears more than once");
        assertBadInput(Cli.run("dsr", Files.writeString(dir.resolve("e.csv"),
                "age_band,frequency,people,population\n65-69,1,30,60000\n65-69,2,2,50000\n").toString()),
                "e.csv row 2, column people: age band 65-69 has population 50000");
        assertBadInput(Cli.run("dsr", Files.writeString(dir.resolve("f.csv"),
                "age_band,frequency,people,population\n65-69,-1,30,60000\n").toString()),
                "f.csv row 2, column frequency: frequency (-1) must be between 0 and 1,000,000");
    }

    private static void assertBadInput(Cli.Result result, String... fragments) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains(fragments);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
