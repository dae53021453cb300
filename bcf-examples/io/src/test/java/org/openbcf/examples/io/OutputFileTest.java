package org.openbcf.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output} and the other files openbcf writes: what is replaced, what is written through, with what permissions. */
class OutputFileTest {

    @TempDir
    Path tmp;

    private static void write(Path file, String text) throws IOException {
        try (Output out = Output.of(file.toString(), new PrintWriter(new StringWriter()))) {
            out.writer().write(text);
            out.commit();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private Path fifo(String name) throws Exception {
        Path fifo = tmp.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo works here").isTrue();
        return fifo;
    }

    @Test
    void aNamedPipeIsWrittenThroughNotReplaced() throws Exception {
        assumeThat(posix()).isTrue();
        Path fifo = fifo("results.pipe");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        write(fifo, "a,b\n1,2\n");
        assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo("a,b\n1,2\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("still a pipe").isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        try (var left = Files.list(tmp)) {
            assertThat(left).as("no temporary file left").containsExactly(fifo);
        }
    }

    @Test
    void aRegularFileIsReplacedWithTheUmasksPermissions() throws IOException {
        assumeThat(posix()).isTrue();
        Path probe = Files.createFile(tmp.resolve("probe"));
        Path file = tmp.resolve("results.csv");
        write(file, "x\n");
        assertThat(Files.readString(file)).isEqualTo("x\n");
        assertThat(Files.getPosixFilePermissions(file)).as("what the umask gives any new file")
                .isEqualTo(Files.getPosixFilePermissions(probe));
        write(file, "y\n");
        assertThat(Files.readString(file)).isEqualTo("y\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aLinkToARegularFileStaysALink() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.csv"), "old\n");
        Path link;
        try {
            link = Files.createSymbolicLink(tmp.resolve("link.csv"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links").isTrue();
            return;
        }
        write(link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aMissingFolderIsNamedAsMissing() {
        Path file = tmp.resolve("charts").resolve("funnel.png");
        assertThatThrownBy(() -> OutputFile.of(file).write(out -> out.write(1)))
                .isInstanceOf(OutputFailedException.class)
                .hasMessage("cannot write " + file + ": the folder " + file.getParent() + " does not exist");
        assertThatThrownBy(() -> write(file, "x"))
                .isInstanceOf(OutputFailedException.class).hasMessageContaining("does not exist")
                .hasMessageNotContaining(".part");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> write(tmp, "x")).isInstanceOf(OutputFailedException.class)
                .hasMessage("cannot write " + tmp + ": it is a folder");
    }

    @Test
    void textNamedAsAWorkbookIsRefusedAndNothingWritten() {
        Path file = tmp.resolve("report.XLSX");
        assertThatThrownBy(() -> write(file, "a,b\n")).isInstanceOf(OutputFailedException.class)
                .hasMessageContaining("report.XLSX").hasMessageContaining("--output writes text");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedRunLeavesARegularFileAsItWas() throws IOException {
        Path file = Files.writeString(tmp.resolve("results.csv"), "kept\n");
        try (Output out = Output.of(file.toString(), new PrintWriter(new StringWriter()))) {
            out.writer().write("partial");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("kept\n");
        try (var left = Files.list(tmp)) {
            assertThat(left).containsExactly(file);
        }
    }
}
