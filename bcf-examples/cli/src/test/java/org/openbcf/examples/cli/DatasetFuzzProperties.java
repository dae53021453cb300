package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.DatasetFormat;
import org.openbcf.examples.dataset.Datasets;
import org.openbcf.examples.io.Schema;

/**
 * A seeded fuzz of the dataset reader (issue 25): each example mutates the Lewisham fixture (bytes
 * flipped, cut or repeated; lines dropped, swapped or doubled; hostile tokens put in a field: quoted
 * blanks, line breaks, huge exponents, impossible dates, negative and enormous numbers, formulas, bytes
 * that are not UTF-8; a further table of the format with rows of such tokens; now and then the whole as
 * a workbook) and reviews it. The law: {@code bcf review} ends in exit 0, 1 or 2, never 3 (a bug in
 * openbcf), with one line on standard error when it refuses, within two seconds and without printing
 * more than a bounded amount.
 */
class DatasetFuzzProperties {

    private static final long SEED = 20261207L;

    /** Values that broke, or might break, a reader: each went into a field somewhere. */
    private static final List<String> TOKENS = List.of("\" \"", "\"\t\"", "\"a\nb\"", "\"", "\"\"", ",", "-1", "-0", "0",
            "1E-999999999", "1E+300", "9".repeat(60), "-99999999999999999999", "0.001", "1e3", "NaN", "Infinity",
            "31/02/2026", "2026-02-31", "00/00/0000", "2958466", "=1+2", "@SUM(A1)", "+44", "yes", "No", "No - In Progress",
            "Q5", "Q1", "2025/26", "1999/00", "year", "plan", "actual", "forecast", "ICB", "LA", "Joint", "5x5", "4x4",
            "NHS minimum contribution", "Disabled Facilities Grant", "\u0000", "\uFEFF", "\u202E", "x".repeat(5000), "");

    private static final List<String> FILES = List.of("board.csv", "contributions.csv", "expenditure.csv",
            "conditions.csv", "metrics.csv");

    private static final Duration BOUND = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    @Test
    void everyMutationIsReviewedOrRefusedNeverAnInternalError() {
        List<Long> slow = new ArrayList<>();
        long[] counter = {0};
        qt().withFixedSeed(SEED).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Path dir = tmp.resolve("case-" + counter[0]++);
            Path dataset = mutate(Datasets.lewisham(dir.resolve("lewisham")), new Random(seed));
            long start = System.nanoTime();
            Cli.Result result = Cli.run("review", "--format", seed % 3 == 0 ? "json" : "table", dataset.toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(result.exitCode()).as("seed %d: %s", seed, result.err())
                    .isIn(ExitCode.OK, ExitCode.FINDINGS, ExitCode.BAD_INPUT);
            if (result.exitCode() == ExitCode.BAD_INPUT) {
                assertThat(result.err().strip()).as("seed %d", seed).doesNotContain("\n").doesNotContain("Exception")
                        .doesNotContain("java.");
                assertThat(result.err().length()).as("seed %d", seed).isLessThan(3_000);
            }
            assertThat(result.out().length()).as("seed %d", seed).isLessThan(1 << 20);
            if (took.compareTo(BOUND) > 0) {
                slow.add(seed);
            }
            delete(dir);
        });
        assertThat(slow).as("seeds reviewed in more than " + BOUND).isEmpty();
    }

    private static Path mutate(Path dir, Random random) {
        try {
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                switch (random.nextInt(6)) {
                    case 0 -> bytes(dir.resolve(pick(FILES, random)), random);
                    case 1, 2 -> field(dir.resolve(pick(FILES, random)), random);
                    case 3 -> lines(dir.resolve(pick(FILES, random)), random);
                    case 4 -> extraTable(dir, random);
                    default -> header(dir.resolve(pick(FILES, random)), random);
                }
            }
            if (random.nextInt(12) == 0) {
                try {
                    return Datasets.toWorkbook(dir, dir.resolveSibling("lewisham.xlsx"));
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException notCsv) {
                    return dir; // the mutation left a file the fixture's converter cannot read: review the folder
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A byte flipped, a range cut, or a range repeated. */
    private static void bytes(Path file, Random random) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length == 0) {
            return;
        }
        int at = random.nextInt(b.length);
        int length = 1 + random.nextInt(Math.min(40, b.length - at));
        byte[] out = switch (random.nextInt(3)) {
            case 0 -> {
                b[at] = (byte) random.nextInt(256);
                yield b;
            }
            case 1 -> concat(slice(b, 0, at), slice(b, at + length, b.length));
            default -> concat(slice(b, 0, at + length), slice(b, at, b.length));
        };
        Files.write(file, out);
    }

    /** One field of one data row replaced by a token. */
    private static void field(Path file, Random random) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (lines.size() < 2) {
            return;
        }
        int row = 1 + random.nextInt(lines.size() - 1);
        String[] fields = lines.get(row).split(",", -1);
        fields[random.nextInt(fields.length)] = pick(TOKENS, random);
        lines.set(row, String.join(",", fields));
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** A line dropped, doubled or swapped with another. */
    private static void lines(Path file, Random random) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (lines.isEmpty()) {
            return;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> lines.remove(a);
            case 1 -> lines.add(a, lines.get(a));
            default -> {
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** A header name replaced by a token, or a column added. */
    private static void header(Path file, Random random) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (lines.isEmpty()) {
            return;
        }
        String[] names = lines.get(0).split(",", -1);
        if (random.nextBoolean()) {
            names[random.nextInt(names.length)] = pick(TOKENS, random);
            lines.set(0, String.join(",", names));
        } else {
            lines.set(0, lines.get(0) + ",comment");
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** Another table of the format, its header from the format's schema and a few rows of tokens. */
    private static void extraTable(Path dir, Random random) throws IOException {
        List<Map.Entry<String, Schema>> tables = new ArrayList<>(DatasetFormat.FILES.entrySet());
        Map.Entry<String, Schema> table = pick(tables, random);
        List<String> columns = table.getValue().columns();
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        int rows = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                values.add(pick(TOKENS, random));
            }
            csv.append(String.join(",", values)).append('\n');
        }
        Files.writeString(dir.resolve(DatasetFormat.fileName(table.getKey())), csv.toString());
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
