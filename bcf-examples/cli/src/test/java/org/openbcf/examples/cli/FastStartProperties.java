package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Law of the plain path of {@code bcf p4p}: on any command line, running with the plain path gives
 * the same exit code, standard output and standard error as running everything through picocli.
 */
class FastStartProperties {

    private static final long SEED = 20151231L;

    @TempDir
    static Path dir;

    private static List<String> values() throws IOException {
        Path findings = dir.resolve("findings.csv");
        Files.writeString(findings, "quarter,baseline,plan,actual,agreed_payment\nQ4 2014/15,22905,22667,22000,500.00\n",
                StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "quarter,baseline,plan\nQ4 2014/15,1,2\n", StandardCharsets.UTF_8);
        return List.of(P4pCommandTest.NORFOLK.toString(), findings.toString(), bad.toString(),
                dir.resolve("missing.csv").toString(), "1490", "1,490.00", "£16,295,000", "0", "1490.001", "abc",
                "csv", "table", "xml", "-5", "", "@missing");
    }

    private static final List<String> OPTIONS = List.of("--cost-per-admission", "--local-share", "--format");

    private static final List<String> NOISE = List.of("--", "--help", "-h", "-V", "--version", "--unknown", "-x",
            "--cost", "p4p", "risk");

    /**
     * Command lines with a cost and a file and, at random, a local share, a format, a repeated option
     * and a token of noise, in any order and form; and one in five a random soup of tokens.
     */
    private static Gen<List<String>> commandLines(List<String> values) {
        Gen<String> value = Generate.pick(values);
        Gen<List<String>> structured = lists().of(value).ofSize(4).zip(integers().between(0, 1_000_000), (picked, seed) -> {
            Random random = new Random(seed);
            List<List<String>> parts = new ArrayList<>();
            parts.add(option(OPTIONS.get(0), picked.get(0), random));
            parts.add(List.of(picked.get(1)));
            for (int i = 1; i < OPTIONS.size(); i++) {
                if (random.nextBoolean()) {
                    parts.add(option(OPTIONS.get(i), picked.get(i + 1), random));
                }
            }
            if (random.nextInt(6) == 0) {
                parts.add(option(OPTIONS.get(random.nextInt(OPTIONS.size())), picked.get(random.nextInt(4)), random));
            }
            if (random.nextInt(4) == 0) {
                parts.add(List.of(NOISE.get(random.nextInt(NOISE.size()))));
            }
            Collections.shuffle(parts, random);
            List<String> args = new ArrayList<>(List.of("p4p"));
            parts.forEach(args::addAll);
            return args;
        });
        Gen<List<String>> soup = lists().of(value.mix(Generate.pick(NOISE)).mix(Generate.pick(OPTIONS)))
                .ofSizeBetween(0, 6).map(tail -> {
                    List<String> args = new ArrayList<>(List.of("p4p"));
                    args.addAll(tail);
                    return args;
                });
        return structured.mix(soup, 20);
    }

    private static List<String> option(String name, String value, Random random) {
        return random.nextBoolean() ? List.of(name + "=" + value) : List.of(name, value);
    }

    @Test
    void thePlainPathPrintsExactlyWhatPicocliPrints() throws IOException {
        AtomicInteger plain = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        qt().withFixedSeed(SEED).withExamples(600).forAll(commandLines(values())).checkAssert(args -> {
            String[] line = args.toArray(String[]::new);
            all.incrementAndGet();
            if (P4pCommand.plain(line) != null) {
                plain.incrementAndGet();
            }
            assertThat(FastStartTest.run(true, line)).as(String.join(" ", args)).isEqualTo(FastStartTest.run(false, line));
        });
        // the law is only worth something if many generated command lines take the plain path, and some do not
        assertThat(plain.get()).isGreaterThan(all.get() / 10).isLessThan(all.get());
    }
}
