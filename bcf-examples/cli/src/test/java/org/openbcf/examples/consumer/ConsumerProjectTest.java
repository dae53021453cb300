package org.openbcf.examples.consumer;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that depends on bcf-metrics (and through it bcf-core), as a council's system would: a
 * tiny program compiled with {@code javac} and run with {@code java} in fresh JVMs, once on the class
 * path and once on the module path, with exactly the run-time dependencies Maven gives such a project
 * ({@code bcf-metrics/target/runtime-class-path.txt}). The library must print nothing: standard output
 * holds only the program's own lines and standard error is empty, for {@code javac} too.
 *
 * <p>Not a mutation-testing target: bcf-examples runs PIT on the spreadsheet check only.
 */
class ConsumerProjectTest {

    private static final String PROGRAM = """
            package consumer;

            import java.math.RoundingMode;

            import javax.money.MonetaryAmount;

            import org.openbcf.core.money.Gbp;
            import org.openbcf.core.time.FinancialYear;
            import org.openbcf.metrics.stats.ConfidenceLevel;
            import org.openbcf.metrics.stats.Estimate;
            import org.openbcf.metrics.stats.Proportions;

            public final class Main {
                public static void main(String[] args) {
                    MonetaryAmount total = Gbp.plus(Gbp.of(2_478_000), Gbp.ofPence(152_000_050));
                    System.out.println(Gbp.format(total));
                    System.out.println(Gbp.percentOf(Gbp.of(25), Gbp.of(200), 1, RoundingMode.HALF_UP));
                    System.out.println(FinancialYear.parse("2015/16").plusYears(1));
                    Estimate e = Proportions.wilson(40, 200, ConfidenceLevel.NINETY_FIVE);
                    System.out.printf("%.4f %.4f %.4f%n", e.value(), e.lower(), e.upper());
                }
            }
            """;

    private static final List<String> EXPECTED = List.of("£3,998,000.50", "12.5", "2016/17", "0.2000 0.1505 0.2609");

    /**
     * Every javac warning but "classfile": jakarta.validation-api is optional, so {@code -Xlint:classfile}
     * notes that the elements of {@code @Min}/{@code @Max} on bcf-core's records cannot be read, as for
     * any optional annotation library (docs/java-api.md, "Depending on openbcf"). javac's default prints nothing.
     */
    private static final String LINT = "-Xlint:all,-classfile";


    private static List<Path> dependencies;

    @BeforeAll
    static void readTheConsumersDependencies() throws IOException {
        dependencies = JdkTools.dependencies(Path.of("..", "..", "bcf-metrics", "target").toAbsolutePath().normalize());
    }

    @Test
    void theDependenciesHoldNoHttpClientNoKotlinNoMonetaNoValidationApi() {
        assertThat(dependencies).extracting(Path::toString)
                .anyMatch(p -> p.contains("bcf-core"))
                .anyMatch(p -> p.contains("money-api"))
                .noneMatch(p -> p.contains("okhttp") || p.contains("okio") || p.contains("kotlin")
                        || p.contains("moneta") || p.contains("jakarta") || p.contains("log4j"));
    }

    @Test
    void runsOnTheClassPathPrintingOnlyItsOwnOutput(@TempDir Path dir) throws Exception {
        JdkTools.compileAndRun(dir, PROGRAM, dependencies, LINT, "org.openbcf.metrics", false, EXPECTED);
    }

    @Test
    void runsOnTheModulePathPrintingOnlyItsOwnOutput(@TempDir Path dir) throws Exception {
        JdkTools.compileAndRun(dir, PROGRAM, dependencies, LINT, "org.openbcf.metrics", true, EXPECTED);
    }
}
