package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The manual's mapping reference (docs/spreadsheet-check.md) comes from the same field lists as the
 * unknown-key refusal: every parameter, input and computed cell of each kind is named in its
 * subsection there, and every key a kind declares is one the mapping accepts.
 */
class MappingReferenceTest {

    /** The three kinds the reference table describes; every other kind has a subsection. */
    private static final Set<String> IN_THE_TABLE = Set.of("p4p", "income-and-expenditure", "risk");

    /** The check's reference in the manual, found from whichever module folder the test runs in. */
    private static final Path REFERENCE = org.openbcf.examples.Repository.root().resolve("docs/spreadsheet-check.md");

    @Test
    void everyKindsEveryKeyIsInItsReadmeSubsection() throws IOException {
        String readme = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String name : Calculations.names()) {
            if (IN_THE_TABLE.contains(name)) {
                continue;
            }
            String heading = "### `" + name + "`";
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^###+ .*`" + java.util.regex.Pattern.quote(name) + "`.*$")
                    .matcher(readme);
            if (!line.find()) {
                missing.add(heading);
                continue;
            }
            int start = line.start();
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n#{1,3} ").matcher(readme);
            int end = next.find(line.end()) ? next.start() : -1;
            String section = readme.substring(start, end < 0 ? readme.length() : end);
            SheetCalculation calculation = Calculations.named(name).orElseThrow();
            List<Field> fields = new ArrayList<>(calculation.parameters());
            fields.addAll(calculation.inputs());
            fields.addAll(calculation.outputs());
            for (Field field : fields) {
                if (!section.contains("`" + field.name() + "`")) {
                    missing.add(name + ": " + field.name());
                }
            }
        }
        assertThat(missing).as("keys missing from the mapping reference in docs/spreadsheet-check.md").isEmpty();
    }

    @Test
    void aMisspeltKeyOfANewKindIsRefusedNamingTheNearest() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckMapping.parse(
                        PoolCheckTest.MAPPING.replace("output.minimumSubTotal", "output.minimumSubtotal"), "mapping pool.properties"))
                .hasMessageContaining("unknown key 'output.minimumSubtotal' for calculation pool")
                .hasMessageContaining("did you mean output.minimumSubTotal?");
    }
}
