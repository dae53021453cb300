package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Law of {@link PlainCommandLine}: on any command line of the commands it reads, running with the
 * plain path gives the same exit code, standard output and standard error as running everything
 * through picocli; and a good share of generated command lines take the plain path, and some do not.
 */
class PlainCommandLineProperties {

    private static final long SEED = 20161231L;

    private static final Path TRAINING = Path.of("src/launcher/training");

    @TempDir
    static Path dir;

    private static String fileOfRows;
    private static String missing;
    private static String notADirectory;

    /** Files that every command can be pointed at: a CSV that is no command's input, a missing one. */
    @BeforeAll
    static void files() throws IOException {
        fileOfRows = Files.writeString(dir.resolve("rows.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8).toString();
        missing = dir.resolve("missing.csv").toString();
        notADirectory = fileOfRows + "/charts";
    }

    /** Each command's options and the values tried for each; the key "" holds the positional parameter's. */
    private static Map<String, Map<String, List<String>>> commands() {
        List<String> formats = List.of("csv", "table", "json", "xml", "CSV", "junit");
        List<String> confidences = List.of("95%", "99.8%", "0.95", "50", "abc");
        List<String> counts = List.of("65", "100", "0", "-3", "1.5", "882569", "abc");
        List<String> multipliers = List.of("100000", "100", "0", "x");
        Map<String, Map<String, List<String>>> commands = new TreeMap<>();
        commands.put("rate", Map.of("--count", counts, "--population", counts, "--multiplier", multipliers,
                "--confidence", confidences, "--format", formats, "", List.of(fileOfRows, missing)));
        commands.put("proportion", Map.of("--numerator", counts, "--denominator", counts, "--multiplier", multipliers,
                "--confidence", confidences, "--format", formats, "", List.of(fileOfRows, missing)));
        commands.put("dsr", Map.of("--multiplier", multipliers, "--confidence", confidences, "--format", formats,
                "", List.of(TRAINING.resolve("falls-65-plus.csv").toString(), fileOfRows, missing)));
        commands.put("isr", Map.of("--multiplier", multipliers, "--reference-rate", List.of("0.01", "5", "-1", "x"),
                "--confidence", confidences, "--format", formats,
                "", List.of(TRAINING.resolve("admissions-by-age.csv").toString(), fileOfRows, missing)));
        commands.put("risk", Map.of("--matrix", List.of("4x4", "5x5", "3x3", "5X5"), "--format", formats,
                "", List.of("src/main/resources/norfolk-data/datasets/norfolk-2016-17/risks.csv", fileOfRows, missing)));
        commands.put("profile", Map.of("--year", List.of("2016/17", "2016-17", "2099/00", "x"), "--annual",
                List.of("1308", "1308.5", "-1", "x"), "--integer", List.of(), "--format", formats,
                "", List.of(fileOfRows, missing)));
        commands.put("target", Map.of("--base", List.of("1377", "0", "-5", "x"), "--reduction", List.of("5%", "2.5", "x"),
                "--increase", List.of("2.5%", "x"), "--rounding", List.of("half-up", "floor", "none", "sideways"),
                "--format", formats, "", List.of(fileOfRows, missing)));
        commands.put("check", Map.of("--map", List.of(TRAINING.resolve("income-and-expenditure.properties").toString(),
                missing), "--tolerance", List.of("0", "0.01", "x"), "--format", formats,
                "", List.of(TRAINING.resolve("income-and-expenditure.xlsx").toString(), fileOfRows, missing)));
        List<String> limits = List.of("1789.8", "2185", "-1", "x");
        // compare's two forms of interval, each its own entry (a key's "/..." is not part of the command line)
        List<String> directions = List.of("higher-is-better", "lower-is-better", "sideways");
        commands.put("compare/one", Map.of("--value", List.of("1980", "x"), "--lower", limits,
                "--upper", List.of("2185", "1789.8", "x"), "--benchmark", List.of("1933", "x"), "--direction", directions,
                "--format", formats, "", List.of(fileOfRows, missing)));
        commands.put("compare/two", Map.of("--value", List.of("1980", "x"), "--lower-95", limits,
                "--upper-95", List.of("2185", "x"), "--lower-99-8", List.of("1700", "x"), "--upper-99-8", List.of("2300", "x"),
                "--benchmark", List.of("1933", "x"), "--direction", directions, "--format", formats,
                "", List.of(fileOfRows, missing)));
        commands.put("funnel", Map.of("--statistic", List.of("proportion", "ratio", "crude-rate", "dsr", "x"),
                "--target", List.of("92.2%", "0.922", "x"), "--multiplier", multipliers,
                "--chart", List.of(dir.resolve("funnel.png").toString(), notADirectory + ".png"),
                "--title", List.of("Discharge to usual residence"), "--format", formats,
                "", List.of(TRAINING.resolve("funnel-areas.csv").toString(), fileOfRows, missing)));
        commands.put("delays", Map.of("--confidence", confidences, "--format", formats,
                "", List.of(TRAINING.resolve("drd.csv").toString(), fileOfRows, missing)));
        commands.put("demo", Map.of("--charts", List.of(notADirectory), "--export", List.of(fileOfRows),
                "-o", List.of(dir.resolve("demo.txt").toString()), "", List.of(fileOfRows)));
        return commands;
    }

    /** The commands whose positional parameter is required. */
    private static final List<String> REQUIRED_FILE = List.of("dsr", "isr", "risk", "check", "funnel", "delays");

    private static final List<String> NOISE = List.of("--", "--help", "-h", "-V", "--version", "--unknown", "-x",
            "--count", "-", "@missing", "", "-o", "--output=", "rate", "--integer=true");

    /**
     * Command lines of one command with, at random, each of its options (as {@code --name value} or
     * {@code --name=value}), its positional parameter, a repeated option and a token of noise, in any
     * order; one in eight also has a second positional parameter or a missing value. Values are good
     * ones two times in three.
     */
    private static Gen<List<String>> commandLines(Map<String, Map<String, List<String>>> commands) {
        List<String> names = new ArrayList<>(commands.keySet());
        return integers().between(0, Integer.MAX_VALUE).map(seed -> {
            Random random = new Random(seed);
            String key = names.get(random.nextInt(names.size()));
            String name = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            Map<String, List<String>> options = new TreeMap<>(commands.get(key));
            List<List<String>> parts = new ArrayList<>();
            for (Map.Entry<String, List<String>> option : options.entrySet()) {
                List<String> values = option.getValue();
                if (option.getKey().isEmpty()) {
                    if (random.nextInt(8) < (REQUIRED_FILE.contains(name) ? 7 : 2)) {
                        parts.add(List.of(likely(values, random)));
                    }
                } else if (random.nextInt(4) < (values.size() == 1 ? 1 : 3)) {
                    parts.add(values.isEmpty() ? List.of(option.getKey()) : option(option.getKey(), likely(values, random), random));
                    if (random.nextInt(10) == 0) {
                        parts.add(values.isEmpty() ? List.of(option.getKey()) : option(option.getKey(), likely(values, random), random));
                    }
                }
            }
            if (random.nextInt(6) == 0) {
                parts.add(List.of(pick(NOISE, random)));
            }
            if (random.nextInt(8) == 0) {
                parts.add(List.of(random.nextBoolean() ? fileOfRows : "--format"));
            }
            Collections.shuffle(parts, random);
            List<String> args = new ArrayList<>(List.of(name));
            parts.forEach(args::addAll);
            return args;
        });
    }

    /** The first value (a good one) two times in three, else any. */
    private static String likely(List<String> values, Random random) {
        return random.nextInt(3) < 2 ? values.get(0) : pick(values, random);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> option(String name, String value, Random random) {
        return random.nextBoolean() && name.startsWith("--") ? List.of(name + "=" + value) : List.of(name, value);
    }

    @Test
    void thePlainPathPrintsExactlyWhatPicocliPrints() {
        AtomicInteger plain = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        Map<String, Map<String, List<String>>> commands = commands();
        qt().withFixedSeed(SEED).withExamples(600).forAll(commandLines(commands)).checkAssert(args -> {
            String[] line = args.toArray(String[]::new);
            all.incrementAndGet();
            if (PlainCommandLine.parse(line) != null) {
                plain.incrementAndGet();
            }
            assertThat(FastStartTest.run(true, line)).as(String.join(" ", args)).isEqualTo(FastStartTest.run(false, line));
        });
        assertThat(plain.get()).isGreaterThan(all.get() / 5).isLessThan(all.get());
    }
}
