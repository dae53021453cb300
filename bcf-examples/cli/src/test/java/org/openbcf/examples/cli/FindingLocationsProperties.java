package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openbcf.core.expenditure.AreaOfSpend;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.year.BcfYear;
import org.openbcf.examples.dataset.Datasets;

/**
 * Every finding {@code bcf review} prints names a place a board can act on (issue 28): a file, row and
 * column (or the rows an aggregate adds up, or the board.csv field it is compared with), or the sheet
 * and cell of a workbook, never a dotted path such as {@code risks.R1.likelihood} or
 * {@code income.plan.annualTotal}. For every year 2015/16 to 2026/27, in both forms: {@code bcf init},
 * every row filled ({@link TemplateFiller}), then generated rows that provoke the findings of the
 * aggregates and of the risk register (quarterly and year-end income and expenditure that do not add
 * up, risks off the matrix's scale or with a wrong stated score, scheme lines, spending by category);
 * and the Norfolk datasets and the Lewisham fixture as they are. Each printed finding's place must name
 * a file of the dataset ({@code .csv}) or a sheet of its workbook.
 */
class FindingLocationsProperties {

    private static final long SEED = 20261207L;
    private static final Pattern FINDING = Pattern.compile("^(ERROR|WARNING|INFO) (R-[A-Z0-9-]+) (.*?): (.*)$");

    @Test
    void everyFindingOfAGeneratedDatasetNamesAFileRowAndColumn() throws IOException {
        Path root = Files.createTempDirectory("finding-locations");
        Set<String> rules = new TreeSet<>();
        int[] run = {0};
        try {
            qt().withFixedSeed(SEED).withExamples(3).forAll(longs().all()).checkAssert(seed -> {
                for (BcfYear year : BcfYear.all()) {
                    Path dir = root.resolve("board-" + (run[0]++));
                    assertThat(Cli.run("init", "--year", year.toString(), dir.toString()).exitCode()).isZero();
                    new TemplateFiller(seed).fillFolder(dir);
                    new Provoker(seed, year).write(dir);
                    rules.addAll(placesNameFiles(dir, year + ", seed " + seed));
                    rules.addAll(placesNameFiles(Datasets.toWorkbook(dir, root.resolve("board-" + (run[0]++) + ".xlsx")),
                            year + " xlsx, seed " + seed));
                }
            });
            for (String norfolk : List.of("norfolk-2015-16", "norfolk-2016-17", "norfolk-2022-23")) {
                Path dir = copy(Path.of("src/main/resources/norfolk-data/datasets", norfolk), root.resolve(norfolk));
                rules.addAll(placesNameFiles(dir, norfolk));
                rules.addAll(placesNameFiles(Datasets.toWorkbook(dir, root.resolve(norfolk + ".xlsx")), norfolk + " xlsx"));
            }
            rules.addAll(placesNameFiles(Datasets.lewisham(root.resolve("lewisham")), "lewisham"));
        } finally {
            delete(root);
        }
        // the generated datasets reach the kinds of finding the places are for: risks, aggregates, board fields
        assertThat(rules).contains("R-RISK-1", "R-RISK-2", "R-IE-2", "R-IE-4", "R-IE-5", "R-IE-14", "R-POOL-2", "R-EXP-1",
                "R-NC-6");
    }

    /** Reviews a dataset and checks the place of every printed finding; returns the rules seen. */
    private static Set<String> placesNameFiles(Path dataset, String what) {
        Cli.Result review = Cli.run("review", dataset.toString());
        assertThat(review.exitCode()).as(what + ": " + review.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        boolean workbook = dataset.toString().endsWith(".xlsx");
        Set<String> rules = new TreeSet<>();
        List<String> dotted = new ArrayList<>();
        for (String line : review.err().lines().toList()) {
            Matcher m = FINDING.matcher(line);
            assertThat(m.matches()).as(what + ": a finding line: " + line).isTrue();
            rules.add(m.group(2));
            String place = m.group(3);
            boolean named = place.startsWith(dataset.toString()) && (workbook ? place.contains(".xlsx sheet ")
                    : place.matches(".*/[a-z-]+\\.csv(,| row ).*|.*/[a-z-]+\\.csv$"));
            if (!named) {
                dotted.add(line);
            }
        }
        assertThat(dotted).as(what + ": findings whose place is not a file, row and column").isEmpty();
        return rules;
    }

    /**
     * Writes rows that provoke the findings about aggregates and risks into a filled template: seeded,
     * so a failure can be replayed. The values are valid (the review reads them); their sums are not
     * what the pooled fund says.
     */
    private static final class Provoker {
        private final Random random;
        private final BcfYear year;

        Provoker(long seed, BcfYear year) {
            this.random = new Random(seed ^ year.year().startYear());
            this.year = year;
        }

        void write(Path dir) {
            StringBuilder risks = new StringBuilder("id,likelihood,impact,stated_score\n");
            for (int i = 1; i <= 4; i++) {
                risks.append("R").append(i).append(',').append(1 + random.nextInt(5)).append(',').append(1 + random.nextInt(5))
                        .append(',').append(random.nextBoolean() ? "" : Integer.toString(1 + random.nextInt(25))).append('\n');
            }
            write(dir, "risks.csv", risks);
            List<FundingStream> streams = year.streams().require();
            StringBuilder ie = new StringBuilder("flow,basis,period,amount,stream,line,differs_from_plan,comment\n");
            if (year.year().startYear() < 2022 || random.nextBoolean()) {
                boolean comments = random.nextBoolean();
                for (String flow : List.of("income", "expenditure")) {
                    for (String basis : List.of("plan", "forecast", "actual")) {
                        for (int q = 1; q <= 4; q++) {
                            if (random.nextInt(5) > 0) {
                                ie.append(flow).append(',').append(basis).append(",Q").append(q).append(',')
                                        .append(pounds()).append(",,,,").append(comments && random.nextBoolean() ? "see narrative" : "")
                                        .append('\n');
                            }
                        }
                    }
                }
            } else {
                boolean byStream = random.nextBoolean();
                for (String flow : List.of("income", "expenditure")) {
                    for (int line = 0; line < 2; line++) {
                        String stream = flow.equals("income") && byStream ? streams.get(random.nextInt(streams.size())).label() : "";
                        String label = "line " + line;
                        ie.append(flow).append(",plan,year,").append(pounds()).append(',').append(csv(stream)).append(',')
                                .append(label).append(",,\n");
                        ie.append(flow).append(",actual,year,").append(pounds()).append(',').append(csv(stream)).append(',')
                                .append(label).append(',').append(random.nextBoolean() ? "yes" : "no").append(',')
                                .append(random.nextBoolean() ? "" : "explained").append('\n');
                    }
                }
            }
            write(dir, "income-and-expenditure.csv", ie);
            StringBuilder expenditure = new StringBuilder("scheme_id,scheme_name,scheme_type,area_of_spend,commissioner,"
                    + "source_of_funding,amount,nhs_share\n");
            for (int i = 1; i <= 5; i++) {
                boolean joint = random.nextBoolean();
                expenditure.append('S').append(i).append(",Scheme ").append(i).append(',')
                        .append(List.of("Reablement in a Person's Own Home", "Carers Services", "Other").get(random.nextInt(3)))
                        .append(',').append(AreaOfSpend.values()[random.nextInt(AreaOfSpend.values().length)].label()).append(',')
                        .append(joint ? "Joint" : random.nextBoolean() ? "LA" : "NHS").append(',')
                        .append(csv(streams.get(random.nextInt(streams.size())).label())).append(',').append(pounds())
                        .append(',').append(joint ? Integer.toString(random.nextInt(101)) : "").append('\n');
            }
            write(dir, "expenditure.csv", expenditure);
            if (Files.exists(dir.resolve("spending-by-category.csv"))) {
                StringBuilder spending = new StringBuilder("category,amount\n");
                for (SpendingCategory category : SpendingCategory.values()) {
                    spending.append(category.label()).append(',').append(pounds()).append('\n');
                }
                write(dir, "spending-by-category.csv", spending);
            }
        }

        private String pounds() {
            return BigDecimal.valueOf((long) (random.nextDouble() * 2_000_000_000L), 2).toPlainString();
        }

        private static String csv(String value) {
            return value.contains(",") ? "\"" + value + "\"" : value;
        }

        private static void write(Path dir, String file, CharSequence text) {
            try {
                Files.writeString(dir.resolve(file), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
