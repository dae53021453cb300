package org.openbcf.examples.check;

import org.openbcf.examples.io.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMappingTest {

    private static final String SOURCE = "mapping ie.properties";

    private static CheckMapping parse(String text) {
        return CheckMapping.parse(text, SOURCE);
    }

    private static String without(String key) {
        return IncomeAndExpenditureSheet.MAPPING.lines().filter(l -> !l.startsWith(key + " ")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void readsTheCalculationInputsAndOutputsInTheCalculationsOrder() {
        CheckMapping mapping = parse(IncomeAndExpenditureSheet.MAPPING);

        assertThat(mapping.calculation()).isEqualTo("income-and-expenditure");
        assertThat(mapping.source()).isEqualTo(SOURCE);
        assertThat(mapping.inputs()).containsOnlyKeys("income.plan", "income.forecast", "income.actual", "income.pooledFund",
                "expenditure.plan", "expenditure.forecast", "expenditure.actual", "expenditure.pooledFund");
        assertThat(mapping.inputs().get("income.plan")).extracting(SheetCell::toString)
                .containsExactly("'5. I&E'!C10", "'5. I&E'!D10", "'5. I&E'!E10", "'5. I&E'!F10");
        assertThat(mapping.outputs().keySet()).startsWith("income.plan.annualTotal", "income.forecast.annualTotal").endsWith("balance");
        assertThat(mapping).hasToString("mapping ie.properties (income-and-expenditure: 8 inputs, 7 outputs)");
    }

    /** Issue 25: Properties keeps the last of a repeated key without a word; the mapping refuses it, naming both lines. */
    @Test
    void aKeyGivenTwiceIsRefusedNamingBothLines() {
        String text = "calculation = proportion\nsheet = S\n# a comment\nparameter.confidence = 95%\n"
                + "parameter.multiplier = 100\ninput.numerator = B2\ninput.denominator = B3\n"
                + "output.value = B5\ninput.numerator:B4\n";
        assertThatThrownBy(() -> parse(text)).isInstanceOf(BadInputException.class)
                .hasMessage(SOURCE + ": key input.numerator is given twice (lines 6 and 9); give each key once");
        assertThat(parse(text.replace("input.numerator:B4\n", "")).inputs().get("numerator"))
                .extracting(SheetCell::toString).containsExactly("S!B2");
    }

    /**
     * Issue 25: the manual's "From Java" names the exception an unusable workbook or mapping throws, and it is
     * the one the code throws (the manual named a class that no longer exists).
     */
    @Test
    void theManualNamesTheExceptionTheCodeThrows() throws java.io.IOException {
        assertThatThrownBy(() -> parse("calculation = nothing\n")).isExactlyInstanceOf(BadInputException.class)
                .isNotInstanceOf(IllegalArgumentException.class);
        Path root = org.openbcf.examples.Repository.root();
        String manual = java.nio.file.Files.readString(root.resolve("docs/spreadsheet-check.md"));
        String fromJava = manual.substring(manual.indexOf("## From Java"));
        assertThat(fromJava.substring(0, fromJava.indexOf("```"))).contains("`BadInputException`")
                .doesNotContain("UnusableInputException").doesNotContain("(an `IllegalArgumentException`)");
        assertThat(java.nio.file.Files.readString(root.resolve("docs/java-api.md"))).contains("`BadInputException`");
    }

    @Test
    void aCellMayNameItsOwnSheet() {
        CheckMapping mapping = parse(IncomeAndExpenditureSheet.MAPPING.replace("output.balance = G25", "output.balance = Summary!B2"));
        assertThat(mapping.outputs().get("balance")).containsExactly(new SheetCell("Summary", 1, 1));
    }

    @Test
    void refusesAnUnknownCalculation() {
        assertThatThrownBy(() -> parse("calculation = p5p\n")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mapping ie.properties: calculation 'p5p' must be one of [")
                .hasMessageContaining("income-and-expenditure");
        assertThatThrownBy(() -> parse("sheet = x\n")).hasMessageContaining("calculation '' must be one of");
    }

    @Test
    void refusesAnUnknownKeyListingTheKnownOnes() {
        assertThatThrownBy(() -> parse(IncomeAndExpenditureSheet.MAPPING + "output.income.plan.anualTotal = G10\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mapping ie.properties: unknown key 'output.income.plan.anualTotal' for calculation "
                        + "income-and-expenditure (did you mean output.income.plan.annualTotal?); known keys are calculation, "
                        + "sheet, parameter.year, input.income.plan");
    }

    @Test
    void anUnknownKeyFarFromEveryKnownOneGetsNoSuggestion() {
        assertThatThrownBy(() -> parse(IncomeAndExpenditureSheet.MAPPING + "output.somethingElseEntirely = G10\n"))
                .hasMessageContaining("unknown key 'output.somethingElseEntirely' for calculation income-and-expenditure; known keys are")
                .hasMessageNotContaining("did you mean");
        assertThatThrownBy(() -> parse(IncomeAndExpenditureSheet.MAPPING + "input.income.plna = C10:F10\n"))
                .hasMessageContaining("(did you mean input.income.plan?)");
    }

    @Test
    void theDistanceCountsEditsAndTheThresholdIsAThirdOfTheKeyAndAtLeastTwo() {
        assertThat(CheckMapping.nearest("sheet", List.of("sheet", "sheets"))).contains("sheet");
        assertThat(CheckMapping.nearest("shet", List.of("sheet"))).contains("sheet");            // 1 edit
        assertThat(CheckMapping.nearest("kitten", List.of("sitting"))).isEmpty();               // 3 edits > 2
        assertThat(CheckMapping.nearest("", List.of("abc"))).isEmpty();                         // 3 edits > 2
        assertThat(CheckMapping.nearest("", List.of("ab"))).contains("ab");                     // 2 edits
        assertThat(CheckMapping.nearest("abcdef", List.of("abcxyz"))).isEmpty();          // 3 edits > max(2, 6 / 3)
        assertThat(CheckMapping.nearest("abcdef", List.of("abcdxy", "zzzzzz"))).contains("abcdxy");  // 2 edits
        assertThat(CheckMapping.nearest("abcdefghi", List.of("abcdefxyz"))).contains("abcdefxyz");  // 3 = 9 / 3
    }

    @Test
    void refusesAMissingInputOrParameter() {
        assertThatThrownBy(() -> parse(without("input.expenditure.forecast")))
                .hasMessage("mapping ie.properties: input.expenditure.forecast is missing");
        assertThatThrownBy(() -> parse(without("parameter.year"))).hasMessage("mapping ie.properties: parameter.year is missing");
    }

    @Test
    void refusesAMappingWithNoOutput() {
        String inputsOnly = IncomeAndExpenditureSheet.MAPPING.lines().filter(l -> !l.startsWith("output."))
                .reduce("", (a, b) -> a + b + "\n");
        assertThatThrownBy(() -> parse(inputsOnly))
                .hasMessageStartingWith("mapping ie.properties: no output.* key; name at least one cell the spreadsheet computed");
    }

    @Test
    void refusesARangeOfTheWrongLength() {
        assertThatThrownBy(() -> parse(IncomeAndExpenditureSheet.MAPPING.replace("C10:F10", "C10:E10")))
                .hasMessage("mapping ie.properties: input.income.plan = C10:E10 names 3 cell(s); it needs 4 (income plan, Q1 to Q4)");
    }

    @Test
    void refusesABadCellReferenceNamingTheKey() {
        assertThatThrownBy(() -> parse(IncomeAndExpenditureSheet.MAPPING.replace("= H10", "= H")))
                .hasMessage("mapping ie.properties: input.income.pooledFund: cell reference 'H' must look like AR8, $G$10 or 'Sheet name'!G10");
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CheckMapping.load(dir.resolve("nope.properties")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mapping nope.properties: no readable file at ");
    }

    @Test
    void refusesMalformedProperties() {
        assertThatThrownBy(() -> parse("calculation = \\uZZZZ\n")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mapping ie.properties: not a properties file");
    }
}
