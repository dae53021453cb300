package org.openbcf.examples.consumer;

import static org.openbcf.examples.consumer.JdkTools.run;
import static org.openbcf.examples.consumer.JdkTools.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.Datasets;

/**
 * Issue 14, third bullet: a host project's test suite uses the spreadsheet check with only what it
 * needs on its path. A small program, compiled with {@code javac} and run in a fresh JVM, asserts with
 * AssertJ on {@code SpreadsheetCheck}, {@code CheckReport}, {@code JUnitReport} and {@code DatasetCheck}
 * against the bcf-check jar (made at package) and exactly the run-time dependencies Maven gives a project
 * that depends on it (bcf-check's {@code target/runtime-class-path.txt}), with {@code java.desktop} not even in the
 * JVM ({@code --limit-modules}) for the streaming check; {@code --recalculate}'s user model needs it
 * (POI's formula functions use {@code java.beans}), so that run has it, and still no picocli or XChart.
 * Runs after package (surefire execution "check-jar-consumer-test").
 */
class CheckJarConsumerTest {

    private static final String PROGRAM = """
            package host;

            import static org.assertj.core.api.Assertions.assertThat;
            import static org.assertj.core.api.Assertions.assertThatThrownBy;

            import java.math.BigDecimal;
            import java.nio.file.Path;

            import org.openbcf.examples.check.CellStatus;
            import org.openbcf.examples.check.CheckReport;
            import org.openbcf.examples.check.DatasetCheck;
            import org.openbcf.examples.check.JUnitReport;
            import org.openbcf.examples.check.SpreadsheetCheck;

            public final class SpreadsheetSuite {
                public static void main(String[] args) {
                    assertThatThrownBy(() -> Class.forName("picocli.CommandLine")).isInstanceOf(ClassNotFoundException.class);
                    assertThatThrownBy(() -> Class.forName("org.knowm.xchart.XYChart")).isInstanceOf(ClassNotFoundException.class);
                    assertThatThrownBy(() -> Class.forName("org.openbcf.examples.cli.BcfCommand")).isInstanceOf(ClassNotFoundException.class);
                    assertThat(SpreadsheetSuite.class.getResource("/norfolk-data/datasets/norfolk-2015-16/p4p.csv")).isNull();
                    Path mapping = Path.of(args[2]);
                    if (args[4].equals("recalculate")) {
                        // POI's user model and formula evaluator need java.beans (module java.desktop)
                        assertThat(SpreadsheetCheck.recalculate(Path.of(args[1]), mapping).disagreements())
                                .singleElement().extracting(c -> c.status()).isEqualTo(CellStatus.STALE);
                        System.out.println("recalculated: " + SpreadsheetCheck.recalculate(Path.of(args[1]), mapping).disagreements().get(0));
                        return;
                    }
                    assertThat(ModuleLayer.boot().findModule("java.desktop")).isEmpty();

                    CheckReport good = SpreadsheetCheck.run(Path.of(args[0]), mapping).assertPasses();
                    assertThat(good.comparisons()).hasSize(2);
                    System.out.println(good.toString().lines().findFirst().orElseThrow());

                    CheckReport bad = SpreadsheetCheck.run(Path.of(args[1]), mapping);
                    try {
                        bad.assertPasses();
                        throw new IllegalStateException("a wrong score passed");
                    } catch (AssertionError expected) {
                        System.out.println(expected.getMessage().replace('\\n', '|'));
                    }
                    try {
                        assertThat(bad.disagreements()).as(bad.toString()).isEmpty();
                        throw new IllegalStateException("AssertJ passed a wrong score");
                    } catch (AssertionError expected) {
                        assertThat(expected.getMessage()).contains("Risks!F6 score[2]: spreadsheet 99.00, reference 20.00");
                    }
                    assertThat(JUnitReport.of(bad)).contains("failures=\\"1\\"");
                    assertThat(DatasetCheck.isDataset(Path.of(args[0]))).isFalse();
                    CheckReport dataset = DatasetCheck.run(Path.of(args[3]), BigDecimal.ZERO).assertPasses();
                    System.out.println(dataset.toString().lines().findFirst().orElseThrow());
                }
            }
            """;

    private static final String MAPPING = """
            calculation = risk
            sheet = Risks
            parameter.matrix = 5x5
            input.id = B5:B6
            input.likelihood = D5:D6
            input.impact = E5:E6
            output.score = F5:F6
            """;

    /** bcf-check's build folder, beside this module's. */
    private static final Path TARGET = Path.of("..", "check", "target").toAbsolutePath().normalize();

    private static Path checkJar;
    private static List<Path> dependencies;

    @BeforeAll
    static void findTheCheckJarAndTheConsumersDependencies() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            checkJar = files.filter(p -> p.getFileName().toString().matches("bcf-check-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no bcf-check/target/bcf-check-*.jar: run after package"));
        }
        List<Path> path = new ArrayList<>();
        Arrays.stream(Files.readString(TARGET.resolve("runtime-class-path.txt")).strip().split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).forEach(path::add);
        path.add(Path.of(jarOf(Assertions.class)));
        dependencies = List.copyOf(path);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCheckJarHoldsTheCheckAndItsDependenciesNoCommandLineDemoChartsOrData() throws IOException {
        try (JarFile jar = new JarFile(checkJar.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("org/openbcf/examples/check/SpreadsheetCheck.class", "META-INF/LICENSE")
                    .noneMatch(n -> n.startsWith("org/openbcf/examples/cli/") || n.startsWith("org/openbcf/examples/demo/")
                            || n.startsWith("org/openbcf/examples/chart/") || n.startsWith("norfolk-data/")
                            || n.startsWith("org/openbcf/examples/io/") || n.equals("module-info.class"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("org.openbcf.examples.check");
        }
        assertThat(dependencies).extracting(Path::toString)
                .anyMatch(p -> p.contains("poi-ooxml")).anyMatch(p -> p.contains("commons-csv")).anyMatch(p -> p.contains("bcf-core"))
                .anyMatch(p -> p.contains("bcf-io") || p.endsWith("io/target/classes"))
                .anyMatch(p -> p.contains("bcf-review") || p.endsWith("review/target/classes"))
                .noneMatch(p -> p.contains("picocli") || p.contains("xchart"));
    }

    @Test
    void aHostTestSuiteChecksWorkbooksWithOnlyTheCheckJarAndItsDependencies(@TempDir Path dir) throws Exception {
        Path good = risks(dir.resolve("risks.xlsx"), false);
        Path bad = risks(dir.resolve("wrong.xlsx"), true);
        Path mapping = Files.writeString(dir.resolve("risk.properties"), MAPPING);
        Path dataset = Datasets.toWorkbook(Datasets.lewisham(dir.resolve("lewisham")), dir.resolve("lewisham.xlsx"));
        Path source = dir.resolve("src").resolve("host").resolve("SpreadsheetSuite.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, PROGRAM, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        String classPath = checkJar + File.pathSeparator + String.join(File.pathSeparator, dependencies.stream().map(Path::toString).toList());

        JdkTools.Result javac = run(tool("javac"), "-cp", classPath, "-d", classes.toString(), source.toString());
        assertThat(javac.err()).isEmpty();
        assertThat(javac.exitCode()).isZero();
        String[] arguments = {good.toString(), bad.toString(), mapping.toString(), dataset.toString()};
        JdkTools.Result java = run(java("java.base,java.xml,java.logging", classes + File.pathSeparator + classPath, arguments, "stream"));

        assertThat(java.err()).as(java.out()).isEmpty();
        assertThat(java.exitCode()).isZero();
        assertThat(java.out().lines()).containsExactly(
                "workbook risks.xlsx, risk: all 2 cells agree (tolerance 0.00)",
                "workbook wrong.xlsx, risk: 1 of 2 cells disagree (tolerance 0.00)|  Risks!F6 score[2]: spreadsheet 99.00, "
                        + "reference 20.00, difference 79.00",
                "workbook lewisham.xlsx, dataset: all 1 cells agree, 3 findings (0 errors) (tolerance 0.00)");

        JdkTools.Result recalculated = run(java("java.base,java.xml,java.logging,java.desktop", classes + File.pathSeparator + classPath,
                arguments, "recalculate"));
        assertThat(recalculated.err()).as(recalculated.out()).isEmpty();
        assertThat(recalculated.exitCode()).isZero();
        assertThat(recalculated.out().lines()).containsExactly("recalculated: Risks!F6 score[2]: spreadsheet 99.00, reference 20.00, "
                + "difference 79.00; stale: =D6*E6 gives 20");
    }

    private static String[] java(String modules, String classPath, String[] arguments, String mode) {
        List<String> command = new ArrayList<>(List.of(tool("java"), "--limit-modules", modules, "-cp", classPath, "host.SpreadsheetSuite"));
        command.addAll(List.of(arguments));
        command.add(mode);
        return command.toArray(String[]::new);
    }

    /** Two risks (Norfolk 2016: NN2-R3, likelihood 4, severity 5, score 20), scores as formulas; optionally F6 saved as 99. */
    private static Path risks(Path file, boolean wrong) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Risks");
            Object[][] rows = {{"NN2-R1", 2, 3}, {"NN2-R3", 4, 5}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = sheet.createRow(4 + i);
                row.createCell(1).setCellValue((String) rows[i][0]);
                row.createCell(3).setCellValue((Integer) rows[i][1]);
                row.createCell(4).setCellValue((Integer) rows[i][2]);
                row.createCell(5).setCellFormula("D" + (5 + i) + "*E" + (5 + i));
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            if (wrong) {
                sheet.getRow(5).getCell(5).setCellValue(99);
            }
            workbook.write(out);
        }
        return file;
    }
}
