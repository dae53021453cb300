package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The board's path never refuses what openbcf wrote (issue 28): for every year 2015/16 to 2026/27 and
 * both forms (folder and {@code --xlsx}), {@code bcf init}, then every row filled with generated valid
 * values ({@link TemplateFiller}), then {@code bcf review} exits 0 or 1, never 2, and prints its
 * findings on standard error.
 */
class BoardPathProperties {

    private static final long SEED = 20260728L;

    @Test
    void whatInitWritesFilledWithValidFiguresIsAlwaysReviewed() throws IOException {
        Path root = Files.createTempDirectory("board-path");
        int[] run = {0};
        try {
            qt().withFixedSeed(SEED).withExamples(4).forAll(longs().all()).checkAssert(seed -> {
                for (int start = 2015; start <= 2026; start++) {
                    for (boolean workbook : new boolean[] {false, true}) {
                        String year = start + "/" + String.format("%02d", (start + 1) % 100);
                        Path target = root.resolve("board-" + (run[0]++) + (workbook ? ".xlsx" : ""));
                        Cli.Result init = workbook ? Cli.run("init", "--year", year, "--xlsx", target.toString())
                                : Cli.run("init", "--year", year, target.toString());
                        assertThat(init.exitCode()).as(init.err()).isZero();
                        TemplateFiller filler = new TemplateFiller(seed);
                        if (workbook) {
                            filler.fillWorkbook(target);
                        } else {
                            filler.fillFolder(target);
                        }
                        Cli.Result review = Cli.run("review", target.toString());
                        assertThat(review.exitCode()).as(year + (workbook ? " xlsx" : " folder") + ", seed " + seed + ": "
                                + review.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
                        assertThat(review.out()).contains(" " + year);
                        // every figure init asked the board for (filled above) is listed as the board's, not the nation's
                        org.openbcf.core.year.BcfYear rules = org.openbcf.core.year.BcfYear.parse(year);
                        long asked = org.openbcf.examples.dataset.DatasetFormat.suppliedFields(rules).size()
                                + org.openbcf.metrics.catalogue.MetricCatalogue.forYear(rules.year()).value().orElse(java.util.List.of())
                                .stream().filter(m -> m.definition().callerMustSupply()).count();
                        assertThat(review.out().lines().filter(l -> l.contains("(from the board: not in the national rules)")))
                                .as(year + (workbook ? " xlsx" : " folder")).hasSizeGreaterThanOrEqualTo((int) asked);
                        if (review.exitCode() == ExitCode.FINDINGS) {
                            assertThat(review.err()).containsPattern("(?m)^(ERROR|WARNING) R-");
                        }
                    }
                }
            });
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
