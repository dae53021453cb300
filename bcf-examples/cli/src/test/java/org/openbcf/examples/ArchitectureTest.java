package org.openbcf.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The edge's house rules (STYLE.md, "The edges"), checked on the class files of its four modules
 * (docs/modules.md): no package depends on another that depends back on it; the modules depend only
 * downwards (bcf-cli on bcf-check, bcf-io and bcf-review; bcf-check on bcf-io and bcf-review; bcf-io on
 * bcf-review; bcf-review on the library alone); only the command line uses picocli and the charts.
 */
class ArchitectureTest {

    /** The edge modules' own classes, read from their target/classes (scanning the class path's POI jars is slow). */
    private static final JavaClasses EDGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(Path.of("..", "review", "target", "classes"), Path.of("..", "io", "target", "classes"),
                    Path.of("..", "check", "target", "classes"), Path.of("..", "target", "classes"));

    private static final String[] IO = {"org.openbcf.examples.io..", "org.openbcf.examples.table..",
        "org.openbcf.examples.format..", "org.openbcf.examples.workbook..", "org.openbcf.examples.dataset..",
        "org.openbcf.examples.report.."};
    private static final String[] CLI = {"org.openbcf.examples.cli..", "org.openbcf.examples.demo..",
        "org.openbcf.examples.chart.."};

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.openbcf.(*)..").should().beFreeOfCycles().check(EDGE);
        slices().matching("org.openbcf.examples.(*)..").should().beFreeOfCycles().check(EDGE);
    }

    @Test
    void theReviewUsesTheLibraryAloneNoFileFormatNoThirdPartyLibrary() {
        noClasses().that().resideInAPackage("org.openbcf.review..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openbcf.examples..", "org.apache..",
                        "com.fasterxml..", "picocli..", "org.knowm..")
                .check(EDGE);
    }

    @Test
    void theInputLayerNeverReachesTheCheckOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(IO)
                .should().dependOnClassesThat().resideInAnyPackage(concat(CLI, "org.openbcf.examples.check..",
                        "org.knowm..", "picocli.."))
                .check(EDGE);
    }

    @Test
    void theCheckNeverReachesTheCommandLine() {
        noClasses().that().resideInAPackage("org.openbcf.examples.check..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(CLI, "org.knowm..", "picocli.."))
                .check(EDGE);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.openbcf.examples.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(EDGE);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
