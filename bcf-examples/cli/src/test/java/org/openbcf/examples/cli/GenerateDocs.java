package org.openbcf.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the shell completion script and the man pages of {@code bcf} from its picocli model: run by
 * the build (exec-maven-plugin, phase {@code prepare-package}) so the jar ships them, and never out
 * of date. Not part of the jar's code: picocli-codegen is a build-time dependency only.
 */
public final class GenerateDocs {

    private GenerateDocs() {
    }

    /**
     * Writes {@code bcf_completion} (bash and zsh) and one AsciiDoc man page per command
     * ({@code man/bcf.adoc}, {@code man/bcf-p4p.adoc}, ...) into each directory given.
     *
     * @param args the output directories
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            write(Path.of(dir));
        }
    }

    static void write(Path dir) throws IOException {
        Streams streams = new Streams(InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine commandLine = BcfCommand.commandLine(streams);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bcf_completion"), AutoComplete.bash("bcf", commandLine), StandardCharsets.UTF_8);
        File man = dir.resolve("man").toFile();
        Files.createDirectories(man.toPath());
        int code = ManPageGenerator.generateManPage(man, null, new boolean[0], true, commandLine.getCommandSpec());
        if (code != 0) {
            throw new IOException("man pages could not be generated (exit " + code + ")");
        }
    }
}
