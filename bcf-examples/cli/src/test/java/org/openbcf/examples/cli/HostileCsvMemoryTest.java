package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The worst CSV cases of issue 17 in a fresh JVM with a 256 MiB heap: a 50 MB {@code p4p} batch and a
 * 50 MB risk register complete (before: 2.5 GB and 3.5 GB, about 50 times the file), and a number a
 * million digits long or with an exponent of a billion is refused at once, in one short line (before:
 * 126 s for an agreed payment of 1 and 400,000 zeros; a minute and more for {@code --reduction
 * 1e-99999999%}). No time is asserted: the generous timeout only stops a runaway. The 50 MB inputs are
 * generated once into {@code target/hostile-inputs} and reused by later builds.
 */
class HostileCsvMemoryTest {

    /** The size of each large input, as in the issue. */
    static final long FIFTY_MB = 50L * 1000 * 1000;

    private static final List<String> HEAP = List.of("-Xmx256m", "-Xshare:auto");

    private static final Path INPUTS = Path.of("..", "target", "hostile-inputs");

    private static final List<String> NORFOLK = List.of("Q4 2014/15,22905,22667,", "Q1 2015/16,23320,22702,",
            "Q2 2015/16,23029,21812,", "Q3 2015/16,23835,22642,");

    /** What a child run printed: its exit code, the number and last of its output lines, and standard error. */
    record Run(int exitCode, long lines, String lastLine, String err) {
    }

    /** A file of at least 50 MB, written once: {@code header} then {@code row.line(i)} for i = 0, 1, ... */
    private static Path fiftyMegabytes(String name, String header, java.util.function.LongFunction<String> row)
            throws IOException {
        Path file = INPUTS.resolve(name);
        Path done = INPUTS.resolve(name + ".done");
        if (Files.exists(done) && Files.exists(file)) {
            return file;
        }
        Files.createDirectories(INPUTS);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            long written = header.length();
            for (long i = 0; written < FIFTY_MB; i++) {
                String line = row.apply(i);
                out.write(line);
                written += line.length();
            }
        }
        Files.writeString(done, "");
        return file;
    }

    /** Runs {@code bcf} in a child JVM, counting its output lines as they come; kills it after ten minutes. */
    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(HEAP);
        command.addAll(List.of("-cp", FreshJvm.classPath(), BcfCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> prefix(process.getErrorStream()));
            long lines = 0;
            String last = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines++;
                    last = line;
                }
            }
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("bcf finished (a runaway guard, not a timing)").isTrue();
            return new Run(process.exitValue(), lines, last, err.join());
        } finally {
            process.destroyForcibly();
        }
    }

    /** At most the first 64 KiB of a stream, the rest read and dropped: a runaway message cannot fill the test's heap. */
    private static String prefix(InputStream in) {
        try {
            byte[] kept = in.readNBytes(1 << 16);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new String(kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertOneShortLine(Run run, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.lines()).isZero();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(fragments).doesNotContain("Exception");
        assertThat(run.err().length()).isLessThanOrEqualTo(HostileInputCorpusTest.MAX_LINE);
    }

    @Test
    void aFiftyMegabyteP4pBatchCompletesInA256MegabyteHeap() throws Exception {
        Path input = fiftyMegabytes("p4p-50mb.csv", "case,quarter,baseline,plan,actual\n",
                i -> "c" + i / 4 + "," + NORFOLK.get((int) (i % 4)) + (22_000 + (i / 4 * 7 + i % 4 * 13) % 3_000) + "\n");
        long rows = countRows(input);
        Run run = run("p4p", "--cost-per-admission", "1490", input.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.lines()).isEqualTo(1 + rows);
        assertThat(run.lastLine()).startsWith("c" + (rows - 1) / 4 + ",");
    }

    @Test
    void aFiftyMegabyteRiskRegisterCompletesInA256MegabyteHeap() throws Exception {
        Path input = fiftyMegabytes("risks-50mb.csv", "id,likelihood,impact,stated_score\n",
                i -> "BCF-R" + i + "," + (i % 5 + 1) + "," + (i / 5 % 5 + 1) + "," + (i % 5 + 1) * (i / 5 % 5 + 1) + "\n");
        long rows = countRows(input);
        Run run = run("risk", "--matrix", "5x5", input.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.lines()).isEqualTo(1 + rows);
        long last = rows - 1;
        long likelihood = last % 5 + 1;
        long impact = last / 5 % 5 + 1;
        assertThat(run.lastLine()).startsWith("BCF-R" + last + "," + likelihood + "," + impact + "," + likelihood * impact + ",");
    }

    /**
     * A finding on every risk, as JSON: the document's findings come after its rows, so they are held
     * until the end, in memory only up to a million characters, then in a temporary file (before: every
     * finding held as an object, about 400 bytes each).
     */
    @Test
    void aFindingOnEveryRiskAsJsonCompletesInA32MegabyteHeap() throws Exception {
        int risks = 150_000;
        Path input = INPUTS.resolve("risks-all-findings.csv");
        Files.createDirectories(INPUTS);
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("id,likelihood,impact,stated_score\n");
            for (int i = 0; i < risks; i++) {
                out.write("R" + i + ",2,3,7\n");
            }
        }
        Path json = INPUTS.resolve("risks-all-findings.json");
        Files.deleteIfExists(json);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-Xshare:auto", "-cp", FreshJvm.classPath(), BcfCommand.class.getName(),
                "risk", "--matrix", "5x5", "--format", "json", "-o", json.toString(), input.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            process.getOutputStream().close();
            long errLines;
            String firstErr;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                firstErr = err.readLine();
                errLines = firstErr == null ? 0 : 1 + err.lines().count();
            }
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("bcf finished (a runaway guard, not a timing)").isTrue();
            assertThat(process.exitValue()).as(firstErr).isEqualTo(ExitCode.FINDINGS);
            assertThat(errLines).isEqualTo(risks);
            assertThat(firstErr).isEqualTo("WARNING R-RISK-1 " + input + " row 2, column stated_score: stated score 7 differs "
                    + "from likelihood x "
                    + "impact = 2 x 3 = 6");
        } finally {
            process.destroyForcibly();
        }
        String tail;
        try (var file = new java.io.RandomAccessFile(json.toFile(), "r")) {
            byte[] last = new byte[400];
            file.seek(file.length() - last.length);
            file.readFully(last);
            tail = new String(last, StandardCharsets.UTF_8);
        }
        assertThat(tail).endsWith("\"text\":\"WARNING R-RISK-1 " + input + " row " + (risks + 1) + ", column stated_score: "
                + "stated score 7 differs "
                + "from likelihood x impact = 2 x 3 = 6\"}]}\n");
        try (BufferedReader in = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
            char[] head = new char[200];
            int n = in.read(head);
            assertThat(new String(head, 0, n)).startsWith("{\"rows\":[{\"id\":\"R0\",\"likelihood\":2,\"impact\":3,\"score\":6,");
        }
        Files.delete(json);
    }

    private static long countRows(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    @Test
    void numbersHugeByLengthOrExponentAreRefusedAtOnceInOneShortLine() throws Exception {
        Path zeros = Files.createDirectories(INPUTS).resolve("agreed-payment-zeros.csv");
        Files.writeString(zeros, "quarter,baseline,plan,actual,agreed_payment\nQ4 2014/15,22905,22667,22000,1"
                + "0".repeat(400_000) + "\n");
        assertOneShortLine(run("p4p", "--cost-per-admission", "1490", zeros.toString()),
                zeros + " row 2, column agreed_payment", "is too long");

        Path count = INPUTS.resolve("count-exponent.csv");
        Files.writeString(count, "age_band,count,population\n65-69,1E-999999999,1000\n");
        assertOneShortLine(run("dsr", count.toString()), count + " row 2, column count", "'1E-999999999'");

        Path baseline = INPUTS.resolve("baseline-exponent.csv");
        Files.writeString(baseline, "quarter,baseline,plan,actual\nQ4 2014/15,1E-999999999,22667,22000\n");
        assertOneShortLine(run("p4p", "--cost-per-admission", "1490", baseline.toString()),
                baseline + " row 2, column baseline", "'1E-999999999'");

        assertOneShortLine(run("target", "--base", "1377", "--reduction", "1e-99999999%"), "--reduction", "'1e-99999999%'");
        assertOneShortLine(run("target", "--base", "1e999999999", "--reduction", "5%"), "--base", "'1e999999999'");
    }
}
