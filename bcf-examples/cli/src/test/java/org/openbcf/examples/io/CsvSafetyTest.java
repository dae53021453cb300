package org.openbcf.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;

import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSafetyTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvSafety.neutralise("=HYPERLINK(\"http://x\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
        assertThat(CsvSafety.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvSafety.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvSafety.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvSafety.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvSafety.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvSafety.neutralise("-")).isEqualTo("'-");
        assertThat(CsvSafety.neutralise("-1e5x")).isEqualTo("'-1e5x");
    }

    @Test
    void numbersAreLeftAlone() {
        for (String number : List.of("-122180.00", "+5", "-£1,490", "-3.5%", "-1.5E+3", "-0", "+£4,866,340.00")) {
            assertThat(CsvSafety.neutralise(number)).as(number).isEqualTo(number);
        }
    }

    @Test
    void ordinaryTextAndNullAreLeftAlone() {
        assertThat(CsvSafety.neutralise("Q3 2015/16")).isEqualTo("Q3 2015/16");
        assertThat(CsvSafety.neutralise("NN2 delayed transfers = high")).isEqualTo("NN2 delayed transfers = high");
        assertThat(CsvSafety.neutralise("")).isEmpty();
        assertThat(CsvSafety.neutralise(null)).isNull();
    }

    @Test
    void aNeutralisedValueSurvivesACsvRoundTripAsText() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(CsvSafety.neutralise("=1+1"), CsvSafety.neutralise("-5"));
        }
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("'=1+1");
        assertThat(records.get(0).get(1)).isEqualTo("-5");
    }

    @Test
    void theRiskCommandNeutralisesRiskIdsThatLookLikeFormulas(@TempDir Path dir) throws Exception {
        Path risks = Files.writeString(dir.resolve("risks.csv"), """
                id,likelihood,impact
                "=HYPERLINK(""http://x"",""open"")",2,3
                -R7,1,2
                NN1-R1,3,4
                """);

        Cli.Result result = Cli.run("risk", "--matrix", "4x4", risks.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(result.out())).getRecords();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("id", "'=HYPERLINK(\"http://x\",\"open\")", "'-R7", "NN1-R1");
        assertThat(rows.get(1).get(3)).isEqualTo("6");
    }
}
