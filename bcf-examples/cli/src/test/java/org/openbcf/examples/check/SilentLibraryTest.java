package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.money.Gbp;

/**
 * A host that calls openbcf in-process sees only results: {@link Host} runs in a fresh JVM on the
 * module's run-time class path, with the JDK's default logging, and must print only its own lines.
 * Before issue 11, {@code Gbp.of(1)} printed Moneta's two-line {@code INFO: Using custom MathContext}
 * on standard error and {@code SpreadsheetCheck.run} printed {@code main ERROR Log4j API could not
 * find a logging provider.} on standard output.
 */
class SilentLibraryTest {

    /** The host program: money, then a spreadsheet check through POI. */
    public static final class Host {

        private Host() {
        }

        /**
         * Prints an amount and whether the workbook agrees.
         *
         * @param args the workbook and its mapping file
         */
        public static void main(String[] args) {
            System.out.println(Gbp.format(Gbp.plus(Gbp.of(1), Gbp.ofPence(50))));
            System.out.println(SpreadsheetCheck.run(Path.of(args[0]), Path.of(args[1])).agrees());
        }
    }

    @Test
    void moneyAndASpreadsheetCheckPrintNothingButTheHostsOwnLines(@TempDir Path dir) throws Exception {
        Path workbook = IncomeAndExpenditureSheet.write(dir.resolve("norfolk.xlsx"), sheet -> { });
        Path mapping = Files.writeString(dir.resolve("ie.properties"), IncomeAndExpenditureSheet.MAPPING);
        String classPath = String.join(File.pathSeparator, Path.of("..", "target", "classes").toAbsolutePath().normalize().toString(),
                Path.of("..", "target", "test-classes").toAbsolutePath().normalize().toString(),
                Files.readString(Path.of("..", "target", "runtime-class-path.txt")).strip());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Host.class.getName(), workbook.toString(), mapping.toString()).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(err.join()).isEmpty();
        assertThat(out.lines()).containsExactlyElementsOf(List.of("£1.50", "true"));
        assertThat(process.exitValue()).isZero();
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
