package org.openbcf.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openbcf.examples.cli.BcfCommand;

/**
 * The build's training run for the class-data archive that {@code target/bcf} starts with: runs
 * every command line of a file in one JVM, in-process, as {@code bcf} would, so that the archive
 * holds the classes each command loads. A build step, not part of the product: its source is
 * {@code bcf-examples/src/launcher/java}, which only {@code make-archive.sh} compiles, and it runs
 * {@code bcf} through the public {@link BcfCommand#execute} as a host would. JDK 17 to 23: the build
 * runs it with {@code -XX:DumpLoadedClassList} from {@code target/training-classes}, a folder after
 * the product's jars on the training run's class path, and dumps the archive with the jars' class path
 * only. JDK 24 and later: an AOT cache needs the run's class path to start with the training run's,
 * and refuses a folder, so it runs with {@code -XX:AOTMode=record} from {@code lib/bcf-training.jar},
 * last on the launcher's class path too, where nothing at run time looks for a class. It is in no
 * jar that Maven makes ({@code bcf.jar} and the thin jar hold only the product).
 *
 * <p>A line is an expected exit code and a command line, separated by spaces, e.g.
 * {@code 0 p4p --cost-per-admission 1490 p4p-2015-16.csv}, where {@code {tmp}} stands for a new folder in a
 * temporary directory deleted at the end (for {@code init}); blank lines and lines starting with
 * {@code #} are skipped. Results are discarded. A command that exits otherwise than expected
 * stops the run with exit code 1 naming the line, so a stale training file fails the build rather
 * than train an archive on error paths.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    /**
     * Runs the command lines of a file.
     *
     * @param args the training file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TrainingRun FILE (lines of: exit-code command arguments...)");
            System.exit(2);
        }
        String file = args[args.length - 1];
        List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        // {tmp} in a line is a new temporary folder, e.g. for init, which writes one; deleted at the end.
        // Made only for such a line: a temporary directory loads classes (SecureRandom's) that would
        // otherwise go into the archive of commands that never use them.
        Path tmp = null;
        int number = 0;
        for (String line : lines) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] words = text.split("\\s+");
            int expected = Integer.parseInt(words[0]);
            if (tmp == null && text.contains("{tmp}")) {
                tmp = Files.createTempDirectory("bcf-training-");
            }
            String folder = tmp == null ? "{tmp}" : tmp.resolve("line-" + number).toString();
            String[] command = Arrays.stream(words, 1, words.length).map(word -> word.replace("{tmp}", folder))
                    .toArray(String[]::new);
            int code = BcfCommand.execute(InputStream.nullInputStream(), discard, discard, command);
            if (code != expected) {
                System.err.println(file + " line " + number + ": '" + text.substring(words[0].length()).strip()
                        + "' exited " + code + ", expected " + expected);
                System.exit(1);
            }
        }
        if (tmp != null) {
            try (Stream<Path> written = Files.walk(tmp)) {
                for (Path path : written.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
