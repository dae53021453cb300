package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path norfolk() throws IOException {
        try (InputStream in = RiskCommandTest.class.getResourceAsStream("/norfolk-data/datasets/norfolk-2016-17/risks.csv")) {
            Path path = dir.resolve("risks-2016.csv");
            Files.copy(in, path);
            return path;
        }
    }

    @Test
    void norfolk2016OnTheFourByFourScoresEveryRowAndReportsTheNn2SeverityFiveRows() throws IOException {
        // schemes and risks, section 2.3: 23 rows, NN2 R3-R6 use severity 5
        Cli.Result result = Cli.run("risk", "--matrix", "4x4", norfolk().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out().lines()).hasSize(24).startsWith(
                "id,likelihood,impact,score,band,finding",
                "NN1-R1,3,4,12,,",
                "NN1-R2,4,3,12,,",
                "NN2-R1,3,3,9,,",
                "NN2-R2,4,4,16,,",
                "NN2-R3,4,5,20,,impact 5 is outside the impact scale 1-4",
                "NN2-R4,4,5,20,,impact 5 is outside the impact scale 1-4",
                "NN2-R5,2,5,10,,impact 5 is outside the impact scale 1-4",
                "NN2-R6,3,5,15,,impact 5 is outside the impact scale 1-4",
                "NN3-R1,2,3,6,,").endsWith("NCH4-R1,3,3,9,,");
        // each at its row of the file (the header is row 1: NN2-R3 is on line 6) and the column impact
        String file = dir.resolve("risks-2016.csv").toString();
        assertThat(result.err().lines()).containsExactly(
                "ERROR R-RISK-2 " + file + " row 6, column impact: impact 5 is outside the impact scale 1-4",
                "ERROR R-RISK-2 " + file + " row 7, column impact: impact 5 is outside the impact scale 1-4",
                "ERROR R-RISK-2 " + file + " row 8, column impact: impact 5 is outside the impact scale 1-4",
                "ERROR R-RISK-2 " + file + " row 9, column impact: impact 5 is outside the impact scale 1-4");
    }

    @Test
    void norfolk2016OnTheNhsFiveByFiveIsBandedWithoutFindings() throws IOException {
        Cli.Result result = Cli.run("risk", "--matrix", "5x5", norfolk().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).contains("NN1-R1,3,4,12,High,", "NN2-R3,4,5,20,Extreme,",
                "NN2-R5,2,5,10,High,", "NN3-R3,2,2,4,Moderate,", "NCH4-R1,3,3,9,High,");
        assertThat(result.out().lines().filter(line -> line.contains(",Extreme,"))).hasSize(4);
        assertThat(result.out().lines().filter(line -> line.contains(",High,"))).hasSize(13);
        assertThat(result.out().lines().filter(line -> line.contains(",Moderate,"))).hasSize(6);
    }

    @Test
    void aStatedScoreThatDiffersIsAFindingAndTheStatedScoreColumnIsOptional() throws IOException {
        Path withScores = file("a.csv", "id,likelihood,impact,stated_score\nA,2,3,5\nB,1,1,\n\"C, quoted\",1,2,2\n");
        Cli.Result result = Cli.run("risk", "--matrix", "5x5", withScores.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).isEqualTo("id,likelihood,impact,score,band,finding\n"
                + "A,2,3,6,Moderate,stated score 5 differs from likelihood x impact = 2 x 3 = 6\n"
                + "B,1,1,1,Low,\n"
                + "\"C, quoted\",1,2,2,Low,\n");
        assertThat(result.err().lines()).containsExactly("WARNING R-RISK-1 " + withScores
                + " row 2, column stated_score: stated score 5 differs from likelihood x impact = 2 x 3 = 6");

        Path levelsOnly = file("b.csv", "\uFEFFID, Likelihood ,impact\r\nA,4,4\r\n");
        Cli.Result plain = Cli.run("risk", "--matrix", "4x4", levelsOnly.toString());
        assertThat(plain.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(plain.out()).isEqualTo("id,likelihood,impact,score,band,finding\nA,4,4,16,,\n");
        assertThat(plain.err()).isEmpty();
    }

    /**
     * Issue 28: a finding names the row and column a board can correct, on standard error and in JSON
     * {@code findings} alike, from a file or standard input (named as the error messages name it), not
     * the library's {@code risks.B.likelihood}.
     */
    @Test
    void aFindingNamesTheRowAndColumnOfTheInputNotTheLibrarysPath() throws IOException {
        String register = "id,owner,likelihood,impact,stated_score\nA,me,1,1,\nB,you,5,2,\nC,us,2,3,7\n";
        Path risks = file("register.csv", register);
        Cli.Result json = Cli.run("risk", "--matrix", "4x4", "--format", "json", risks.toString());
        assertThat(json.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(json.err().lines()).containsExactly(
                "ERROR R-RISK-2 " + risks + " row 3, column likelihood: likelihood 5 is outside the likelihood scale 1-4",
                "WARNING R-RISK-1 " + risks + " row 4, column stated_score: stated score 7 differs from likelihood x "
                        + "impact = 2 x 3 = 6");
        assertThat(json.out()).contains("\"where\":\"" + risks + " row 3, column likelihood\"")
                .contains("\"where\":\"" + risks + " row 4, column stated_score\"")
                .doesNotContain("risks.B").doesNotContain("risks.C");

        Cli.Result stdin = Cli.withInput(register.getBytes(StandardCharsets.UTF_8), "risk", "--matrix", "4x4", "-");
        assertThat(stdin.err().lines()).containsExactly(
                "ERROR R-RISK-2 standard input row 3, column likelihood: likelihood 5 is outside the likelihood scale 1-4",
                "WARNING R-RISK-1 standard input row 4, column stated_score: stated score 7 differs from likelihood x "
                        + "impact = 2 x 3 = 6");
    }

    @Test
    void bothAxesOffTheScaleGiveTwoReasonsInOneCell() throws IOException {
        Cli.Result result = Cli.run("risk", "--matrix", "4x4", file("c.csv", "id,likelihood,impact\nX,6,5\n").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).endsWith(
                "X,6,5,30,,likelihood 6 is outside the likelihood scale 1-4; impact 5 is outside the impact scale 1-4\n");
        assertThat(result.err().lines()).hasSize(2);
    }

    @Test
    void anEmptyRegisterHasOnlyTheHeader() throws IOException {
        Cli.Result result = Cli.run("risk", "--matrix", "4x4", file("e.csv", "id,likelihood,impact\n").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("id,likelihood,impact,score,band,finding\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            level 0              | id,likelihood,impact\\nA,0,2\\n            | bad.csv row 2, column likelihood: likelihood (0) must be between 1 and 1,000
            negative level       | id,likelihood,impact\\nA,2,-1\\n           | bad.csv row 2, column impact: impact (-1) must be between 1 and 1,000
            huge level           | id,likelihood,impact\\nA,2,1001\\n         | bad.csv row 2, column impact: impact (1001) must be between 1 and 1,000
            not an integer       | id,likelihood,impact\\nA,1,1\\nB,two,1\\n  | bad.csv row 3, column likelihood: likelihood ('two') is not a whole number: expected digits with an optional sign, thousands separators in groups of three, e.g. 882,569
            decimal level        | id,likelihood,impact\\nA,1,2.5\\n          | bad.csv row 2, column impact: impact ('2.5') must be a whole number
            empty level          | id,likelihood,impact\\nA,,2\\n             | bad.csv row 2, column likelihood: the value is missing
            stated score 0       | id,likelihood,impact,stated_score\\nA,1,1,0\\n | bad.csv row 2, column stated_score: stated_score (0) must be between 1 and 1,000,000
            stated score text    | id,likelihood,impact,stated_score\\nA,1,1,x\\n | bad.csv row 2, column stated_score: stated_score ('x') is not a whole number: expected digits with an optional sign, thousands separators in groups of three, e.g. 882,569
            missing value        | id,likelihood,impact\\nA,1\\n              | bad.csv row 2: has 2 values, but the header has 3 columns (missing impact)
            missing stated score | id,likelihood,impact,stated_score\\nA,1,1\\n | bad.csv row 2: has 3 values, but the header has 4 columns (missing stated_score)
            extra value          | id,likelihood,impact\\nA,1,1,9\\n          | bad.csv row 2: has 4 values, but the header has 3 columns (extra value '9')
            blank id             | id,likelihood,impact\\n ,1,1\\n            | bad.csv row 2, column id: the value is missing
            duplicate id         | id,likelihood,impact\\nA,1,1\\nB,1,1\\nA,2,2\\n | bad.csv row 4, column id: 'A' repeats the id of row 2
            missing header column| id,likelihood\\nA,1\\n                     | bad.csv row 1: missing column impact; expected id,likelihood,impact[,stated_score][,any other column]
            misspelt header      | id,likelihood,impact,stated_scor\\nA,1,1,1\\n | bad.csv row 1, column 4: unknown column 'stated_scor' (did you mean stated_score?); expected id,likelihood,impact[,stated_score][,any other column]
            an output's name     | id,likelihood,impact,score\\nA,1,1,1\\n | bad.csv: column score is one bcf risk writes; rename it to keep it (the output's columns are id,likelihood,impact,score,band,finding)
            repeated header      | id,likelihood,impact,Impact\\nA,1,1,1\\n   | bad.csv row 1, column 4: column impact is named twice (also column 3)
            no header            | ''                                         | bad.csv is empty: expected the header id,likelihood,impact[,stated_score][,any other column]
            """)
    void badInputIsOneLineNamingRowAndColumn(String name, String content, String message) throws IOException {
        Path bad = file("bad.csv", content.replace("\\n", "\n"));
        Cli.Result result = Cli.run("risk", "--matrix", "4x4", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("risk: " + message.replace("bad.csv", bad.toString()) + "\n");
    }

    @Test
    void brokenCsvIsBadInput() throws IOException {
        Path q = file("q.csv", "id,likelihood,impact\n\"A,1,1\n");
        Cli.Result result = Cli.run("risk", "--matrix", "4x4", q.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("risk: " + q + " row 2: a quoted value is not closed\n");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    @Test
    void aMissingOrUnreadableFileIsBadInput() throws IOException {
        Cli.Result missing = Cli.run("risk", "--matrix", "4x4", dir.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("risk: " + dir.resolve("none.csv") + ": no such file\n");

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'i', 'd', ',', (byte) 0xE9, '\n'});
        Cli.Result notUtf8 = Cli.run("risk", "--matrix", "4x4", latin1.toString());
        assertThat(notUtf8.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notUtf8.err()).isEqualTo("risk: " + latin1 + " row 1: not UTF-8 text (save the file as CSV UTF-8)\n");

        Cli.Result directory = Cli.run("risk", "--matrix", "4x4", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(directory.err()).isEqualTo("risk: " + dir + ": is a directory, not a file\n");
    }

    @Test
    void theMatrixMustBeAPreset() throws IOException {
        Path ok = file("ok.csv", "id,likelihood,impact\nA,1,1\n");
        Cli.Result unknown = Cli.run("risk", "--matrix", "3x3", ok.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("risk matrix '3x3' must be 4x4 or 5x5").doesNotContain("Exception");
        assertThat(unknown.err().strip()).doesNotContain("\n");

        Cli.Result none = Cli.run("risk", ok.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains("--matrix");
    }

    @Test
    void aRegistersOwnColumnsArePassedThroughAsTheyWere() throws IOException {
        // issue 28: real registers carry description, owner and mitigation; they follow the scores unchanged
        Path register = file("register.csv", "Risk ID,Description,likelihood,impact,Owner,mitigation\n"
                + "R1,\"Workforce: vacancies, \"\"agency\"\" costs\",4,5,Director of Adult Services,Recruitment drive\n"
                + "R2,Data sharing,2,3,,\n");
        Path renamed = file("renamed.csv", Files.readString(register).replace("Risk ID", "id"));
        Cli.Result result = Cli.run("risk", "--matrix", "5x5", renamed.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("id,likelihood,impact,score,band,finding,description,owner,mitigation\n"
                + "R1,4,5,20,Extreme,,\"Workforce: vacancies, \"\"agency\"\" costs\",Director of Adult Services,Recruitment drive\n"
                + "R2,2,3,6,Moderate,,Data sharing,,\n");
        Cli.Result json = Cli.run("risk", "--matrix", "5x5", "--format", "json", renamed.toString());
        assertThat(json.out()).contains("\"owner\"").contains("Director of Adult Services");
        // a register whose id column is not named id is still refused, naming what is missing
        Cli.Result missing = Cli.run("risk", "--matrix", "5x5", register.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("missing column id");
    }

    @Test
    void helpNamesTheContract() {
        Cli.Result help = Cli.run("risk", "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("--matrix=4x4|5x5", "id,likelihood,impact,score,band,finding");
        assertThat(Cli.run("--help").out()).contains("risk");
    }
}
