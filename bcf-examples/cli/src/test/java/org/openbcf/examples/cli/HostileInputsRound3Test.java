package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.dataset.Datasets;

/**
 * Issue 25 (hostile inputs, round 3) through the command line: output paths, dataset file names, and
 * values that exited 3 or were read wrongly. Each test failed on the main of 7 December 2026.
 */
class HostileInputsRound3Test {

    @TempDir
    Path tmp;

    private Path lewisham() {
        return Datasets.lewisham(tmp.resolve("lewisham"));
    }

    private static void assertBadInput(Cli.Result result, String... parts) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(parts);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Path symlink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links: " + e).isTrue();
            return null;
        }
    }

    // output paths ---------------------------------------------------------------------------------

    @Test
    void initWritesFilesAndFoldersWithTheUmasksPermissions() throws IOException {
        assumeThat(posix()).isTrue();
        Path probeFile = Files.createFile(tmp.resolve("probe-file"));
        Path probeDir = Files.createDirectory(tmp.resolve("probe-dir"));
        Path dir = tmp.resolve("new-board");
        assertThat(Cli.run("init", "--year", "2025/26", dir.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(Files.getPosixFilePermissions(probeDir));
        assertThat(Files.getPosixFilePermissions(dir.resolve("board.csv"))).isEqualTo(Files.getPosixFilePermissions(probeFile));
        Path xlsx = tmp.resolve("new-board.xlsx");
        assertThat(Cli.run("init", "--year", "2025/26", "--xlsx", xlsx.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(xlsx)).isEqualTo(Files.getPosixFilePermissions(probeFile));
        Path out = tmp.resolve("review.csv");
        assertThat(Cli.run("review", "--format", "csv", "-o", out.toString(), lewisham().toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probeFile));
    }

    @Test
    void initIntoALinkToAnEmptyFolderFillsTheFolderAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = symlink(tmp.resolve("link"), real);
        Cli.Result init = Cli.run("init", "--year", "2025/26", link.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real.resolve("board.csv")).exists();
    }

    @Test
    void textOutputNamedAsAWorkbookIsRefused() {
        Path xlsx = tmp.resolve("report.xlsx");
        assertBadInput(Cli.run("review", "-o", xlsx.toString(), lewisham().toString()), "report.xlsx", "--output writes text");
        assertThat(xlsx).doesNotExist();
    }

    // dataset file names ---------------------------------------------------------------------------

    @Test
    void aTableFileInAnotherCaseIsRefusedNotLeftOut() throws IOException {
        Path dir = lewisham();
        Files.move(dir.resolve("contributions.csv"), dir.resolve("contributions.CSV"));
        assertBadInput(Cli.run("review", dir.toString()), "contributions.CSV", "rename it contributions.csv");
    }

    @Test
    void aBoardFileInAnotherCaseInAFolderOfDatasetsIsNamed() throws IOException {
        Path boards = tmp.resolve("boards");
        Datasets.lewisham(boards.resolve("a-lewisham"));
        Path other = Datasets.lewisham(boards.resolve("b-greenwich"));
        Files.move(other.resolve("board.csv"), other.resolve("Board.csv"));
        assertBadInput(Cli.run("review", boards.toString()), "Board.csv", "rename it board.csv");
    }

    @Test
    void aDanglingOrLoopingLinkAsATableIsRefusedNotTreatedAsAbsent() throws IOException {
        Path dir = lewisham();
        Files.delete(dir.resolve("metrics.csv"));
        symlink(dir.resolve("metrics.csv"), dir.resolve("gone.csv"));
        assertBadInput(Cli.run("review", dir.toString()), "metrics.csv", "symbolic link");
        Files.delete(dir.resolve("metrics.csv"));
        symlink(dir.resolve("metrics.csv"), dir.resolve("metrics.csv"));
        assertBadInput(Cli.run("review", dir.toString()), "metrics.csv", "symbolic link");
    }

    @Test
    void aStrayFileIsNamedInANoteAndIgnored() throws IOException {
        Path dir = lewisham();
        Files.writeString(dir.resolve("notes.txt"), "minutes");
        Files.writeString(dir.resolve("contributons.csv"), "partner,amount\n");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Cli.Result result = Cli.run("review", dir.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("not read (not files of the dataset format): SOURCES.md, "
                + "contributons.csv (did you mean contributions.csv?), notes.txt").doesNotContain(".DS_Store");
        try (Stream<String> lines = result.out().lines()) {
            assertThat(lines.filter(l -> l.contains("not read"))).hasSize(1);
        }
    }
}
