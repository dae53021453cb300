package org.openbcf.examples.consumer;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council system that holds its 2025/26 plan in its own database and reviews the year in-process: a
 * program that assembles the year in code with {@code Dataset.builder} and calls {@code DatasetReview},
 * compiled with {@code javac} and run with {@code java} in fresh JVMs, on the class path and on the
 * module path, with exactly the run-time dependencies Maven gives a project that depends on bcf-review
 * ({@code bcf-examples/review/target/runtime-class-path.txt}): bcf-core, bcf-metrics and bcf-review with
 * their own libraries, and no file reader, workbook library or command line. The library prints nothing.
 */
class ReviewConsumerTest {

    private static final String PROGRAM = """
            package consumer;

            import java.util.List;
            import java.util.Optional;

            import org.openbcf.core.condition.ConditionAnswer;
            import org.openbcf.core.condition.ConditionResponse;
            import org.openbcf.core.fund.Contribution;
            import org.openbcf.core.fund.FundingStream;
            import org.openbcf.core.fund.Partner;
            import org.openbcf.core.fund.PartnerType;
            import org.openbcf.core.fund.PooledFund;
            import org.openbcf.core.money.Gbp;
            import org.openbcf.core.year.BcfYear;
            import org.openbcf.review.Board;
            import org.openbcf.review.Dataset;
            import org.openbcf.review.DatasetReview;

            public final class Main {
                public static void main(String[] args) {
                    BcfYear year = BcfYear.parse("2025/26");
                    Partner icb = Partner.of("NHS South East London ICB", PartnerType.ofLabel("ICB"));
                    Partner council = Partner.of("London Borough of Lewisham", PartnerType.ofLabel("London borough"));
                    PooledFund fund = PooledFund.of("Lewisham", year.year(), true, List.of(
                            Contribution.of(icb, FundingStream.ofLabel("NHS minimum contribution"), Gbp.of(30_000_000), ""),
                            Contribution.of(council, FundingStream.ofLabel("Local Authority Better Care Grant"),
                                    Gbp.of(12_000_000), ""),
                            Contribution.of(council, FundingStream.ofLabel("Disabled Facilities Grant"), Gbp.of(2_150_000), "")));
                    Board board = new Board("Lewisham", year, true, "1", Optional.of(Gbp.of(44_000_000)), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty());
                    Dataset dataset = Dataset.builder("finance-db", board).plannedFund(fund)
                            .conditions(List.of(ConditionResponse.of("1", ConditionAnswer.parse("Yes"), null, null))).build();
                    DatasetReview review = DatasetReview.of(dataset);
                    System.out.println(dataset);
                    System.out.println(Gbp.format(review.summary().pool().orElseThrow()));
                    System.out.println(review.findings().ofRule(org.openbcf.core.finding.Rule.R_POOL_4).list().size());
                    System.out.println(review.passes());
                }
            }
            """;

    /** The pool is £30,000,000 + £12,000,000 + £2,150,000; the board states £44,000,000: one R-POOL-4 finding. */
    private static final List<String> EXPECTED = List.of("Lewisham 2025/26 (finance-db)", "£44,150,000.00", "1", "false");

    private static final String LINT = "-Xlint:all,-classfile";

    private static List<Path> dependencies;

    @BeforeAll
    static void readTheConsumersDependencies() throws IOException {
        dependencies = JdkTools.dependencies(Path.of("..", "review", "target").toAbsolutePath().normalize());
    }

    @Test
    void theDependenciesAreCoreMetricsAndReviewWithNoReaderWorkbookOrCommandLine() {
        assertThat(dependencies).extracting(Path::toString)
                .anyMatch(p -> p.contains("bcf-core") || p.endsWith("bcf-core/target/classes"))
                .anyMatch(p -> p.contains("bcf-metrics"))
                .noneMatch(p -> p.contains("bcf-io") || p.contains("/io/target") || p.contains("poi")
                        || p.contains("commons-csv") || p.contains("jackson") || p.contains("picocli")
                        || p.contains("xchart") || p.contains("log4j") || p.contains("moneta") || p.contains("jakarta"));
    }

    @Test
    void reviewsAYearBuiltInCodeOnTheClassPath(@TempDir Path dir) throws Exception {
        JdkTools.compileAndRun(dir, PROGRAM, dependencies, LINT, "org.openbcf.review", false, EXPECTED);
    }

    @Test
    void reviewsAYearBuiltInCodeOnTheModulePath(@TempDir Path dir) throws Exception {
        JdkTools.compileAndRun(dir, PROGRAM, dependencies, LINT, "org.openbcf.review", true, EXPECTED);
    }
}
