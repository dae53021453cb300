package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.ExitCode;

/**
 * Hostile workbooks through {@code bcf check} in a fresh JVM with a 256 MiB heap (issue 17): each is
 * refused with exit 2 and exactly one line on standard error, in words, with no Java class name, no
 * stack trace and nothing logged by POI or the XML parser.
 */
class HostileWorkbookTest {

    private static final String DOCTYPE = "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>";

    @TempDir
    Path dir;

    private Path norfolk() {
        return IncomeAndExpenditureSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
    }

    /** A copy of a workbook with some entries' XML changed. */
    private Path copy(Path plain, String name, Map<String, java.util.function.UnaryOperator<String>> changes) {
        return TestWorkbooks.rewrite(plain, dir.resolve(name), changes);
    }

    private static String withDoctype(String xml) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + DOCTYPE + xml.substring(end);
    }

    private static String billionLaughs(String xml) {
        StringBuilder entities = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + entities + "]>" + xml.substring(end).replace("<t>Income</t>", "<t>&l9;</t>");
    }

    @Test
    void everyHostileWorkbookIsOneLineOnStandardErrorAndExitTwo() throws Exception {
        Path plain = norfolk();
        Path mapping = Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);
        List<Path> hostile = List.of(
                copy(plain, "types.xlsx", Map.of("[Content_Types].xml", HostileWorkbookTest::withDoctype)),
                copy(plain, "rels.xlsx", Map.of("xl/_rels/workbook.xml.rels", HostileWorkbookTest::withDoctype)),
                copy(plain, "list.xlsx", Map.of("xl/workbook.xml", HostileWorkbookTest::withDoctype)),
                copy(plain, "xxe.xlsx", Map.of("xl/worksheets/sheet1.xml", HostileWorkbookTest::withDoctype)),
                copy(plain, "laughs.xlsx", Map.of("xl/sharedStrings.xml", HostileWorkbookTest::billionLaughs)),
                TestWorkbooks.zipBomb(plain, dir.resolve("bomb.xlsx"), 64));
        for (Path workbook : hostile) {
            ChildJvm.Result result = ChildJvm.run(List.of("-Xmx256m"), "check", workbook.toString(), "--map", mapping.toString());
            String name = workbook.getFileName().toString();
            assertThat(result.exitCode()).as(name + ": " + result.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(result.out()).as(name).isEmpty();
            assertThat(result.err().lines()).as(name).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("check: workbook " + name + ": refused: ")
                    .doesNotContain("org.", "java.", "Exception", "xmlbeans", "SEVERE", "passwd"));
        }
    }
}
