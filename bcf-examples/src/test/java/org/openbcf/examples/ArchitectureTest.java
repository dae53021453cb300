package org.openbcf.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The edges' house rules (STYLE.md, "The edges"), checked on bcf-examples' class files: no package
 * depends on another that depends back on it (formats in {@code format}, table printing in
 * {@code table}, input and output in {@code io}, commands on top in {@code cli}); only the command
 * line uses picocli; and the spreadsheet check, the formats and the input layer never reach the
 * command line or the charts.
 */
class ArchitectureTest {

    /** The module's own classes, read from target/classes (scanning the class path's POI jars is slow). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target", "classes"));

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.openbcf.examples.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.openbcf.examples.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(MAIN);
    }

    @Test
    void theLayersBelowTheCommandLineNeverReachIt() {
        noClasses().that().resideInAnyPackage("org.openbcf.examples.io..", "org.openbcf.examples.format..",
                        "org.openbcf.examples.table..", "org.openbcf.examples.check..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openbcf.examples.cli..",
                        "org.openbcf.examples.demo..", "org.openbcf.examples.chart..", "org.knowm..")
                .check(MAIN);
    }
}
