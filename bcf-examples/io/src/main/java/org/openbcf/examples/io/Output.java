package org.openbcf.examples.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openbcf.core.internal.Checks;

/**
 * Where a command's results go: standard output, or the file named by {@code --output}. Either way
 * the output is written completely or not at all.
 *
 * <ul>
 *   <li>To a file: the text goes to a temporary file beside it, which {@link #commit()} renames over
 *       the target in one step; a run that fails leaves the target as it was. A device or a pipe
 *       ({@code /dev/stdout}, a FIFO) is never replaced: the text is held as for standard output and
 *       written straight through by {@code commit()} ({@link OutputFile}).</li>
 *   <li>To standard output: the text is held (in memory up to {@value #MEMORY_CHARS} characters, then
 *       in a temporary file, so memory stays bounded) and copied out by {@link #commit()}; a run that
 *       fails prints no partial result. A failed write (a closed pipe, {@code > /dev/full}) is an
 *       {@link OutputFailedException}, never a silent success.</li>
 * </ul>
 *
 * <p>Use it with try-with-resources and call {@code commit()} last. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class Output implements Closeable {

    /** How many characters standard output holds in memory before it spills to a temporary file. */
    public static final int MEMORY_CHARS = 1 << 20;

    private final Path target;
    private final OutputFile file;
    private final PrintWriter stdout;
    private final Spill spill;
    private final Writer writer;
    private Path temporary;
    private boolean done;

    private Output(Path target, PrintWriter stdout) {
        this.target = target;
        this.stdout = stdout;
        if (target != null) {
            file = OutputFile.of(target);
        } else {
            file = null;
        }
        if (file != null && file.atomic()) {
            try {
                temporary = file.createTemporary();
                writer = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
            } catch (IOException e) {
                deleteTemporary();
                throw new OutputFailedException("cannot write " + target + " (" + reason(e) + ")", e);
            }
            spill = null;
        } else {
            spill = new Spill();
            writer = spill;
        }
    }

    /**
     * Output to a file, or to standard output when the file is null or {@code -}.
     *
     * @param file   the {@code --output} value, may be null
     * @param stdout standard output, not null
     * @return the output, never null
     * @throws OutputFailedException when the file cannot be created, its folder does not exist, or it is
     *                               named as a workbook ({@code .xlsx}: the output is text)
     */
    public static Output of(String file, PrintWriter stdout) {
        Checks.notNull(stdout, "stdout");
        if (file == null || file.equals("-")) {
            return new Output(null, stdout);
        }
        OutputFile.requireTextName(file);
        return new Output(Path.of(file), stdout);
    }

    /**
     * Where to write the text.
     *
     * @return the writer, never null; not to be closed by the caller
     */
    public Writer writer() {
        return writer;
    }

    /**
     * Completes the output: renames the temporary file over the target, or copies what was held to
     * standard output and checks that it was written.
     *
     * @throws OutputFailedException when the output cannot be completed
     */
    public void commit() {
        if (done) {
            return;
        }
        done = true;
        if (file != null && file.atomic()) {
            try {
                writer.close();
                file.replaceWith(temporary);
            } catch (IOException e) {
                deleteTemporary();
                throw new OutputFailedException("cannot write " + target + " (" + reason(e) + ")", e);
            }
            return;
        }
        if (file != null) {
            try (OutputStream direct = file.openDirect();
                 PrintWriter out = new PrintWriter(new OutputStreamWriter(direct, StandardCharsets.UTF_8))) {
                spill.copyTo(out);
                out.flush();
                if (out.checkError()) {
                    throw new OutputFailedException("cannot write " + target + " (closed or full)", null);
                }
            } catch (IOException e) {
                throw new OutputFailedException("cannot write " + target + " (" + reason(e) + ")", e);
            } finally {
                spill.discard();
            }
            return;
        }
        try {
            spill.copyTo(stdout);
        } catch (IOException e) {
            throw new OutputFailedException("cannot write standard output (" + reason(e) + ")", e);
        } finally {
            spill.discard();
        }
        stdout.flush();
        if (stdout.checkError()) {
            throw new OutputFailedException("cannot write standard output (closed or full)", null);
        }
    }

    /**
     * Discards the output unless it was committed: the temporary file is deleted and nothing is printed.
     */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        if (temporary != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // being discarded anyway
            }
            deleteTemporary();
        } else {
            spill.discard();
        }
    }

    private void deleteTemporary() {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a stray temporary file is harmless: the target is untouched
        }
    }

    private static String reason(IOException e) {
        return OutputFile.reason(e);
    }

    /** Text held in memory, then in a temporary file once it grows past {@link #MEMORY_CHARS}. */
    private static final class Spill extends Writer {
        private final StringBuilder memory = new StringBuilder();
        private Path file;
        private Writer fileWriter;

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (fileWriter != null) {
                fileWriter.write(buffer, offset, length);
                return;
            }
            memory.append(buffer, offset, length);
            if (memory.length() > MEMORY_CHARS) {
                file = Files.createTempFile("bcf-output", ".part");
                fileWriter = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                fileWriter.append(memory);
                memory.setLength(0);
                memory.trimToSize();
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (fileWriter == null && memory.length() + length <= MEMORY_CHARS) {
                memory.append(text, offset, offset + length);
                return;
            }
            super.write(text, offset, length);
        }

        @Override
        public void write(int c) throws IOException {
            if (fileWriter == null && memory.length() < MEMORY_CHARS) {
                memory.append((char) c);
                return;
            }
            super.write(c);
        }

        @Override
        public void flush() throws IOException {
            if (fileWriter != null) {
                fileWriter.flush();
            }
        }

        @Override
        public void close() {
            // held until copied or discarded
        }

        void copyTo(PrintWriter out) throws IOException {
            if (fileWriter == null) {
                out.append(memory);
                return;
            }
            fileWriter.close();
            char[] chunk = new char[1 << 16];
            try (Reader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    out.write(chunk, 0, n);
                    if (out.checkError()) {
                        return;
                    }
                }
            }
        }

        void discard() {
            memory.setLength(0);
            if (file != null) {
                try {
                    fileWriter.close();
                } catch (IOException e) {
                    // being deleted anyway
                }
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a stray temporary file is harmless
                }
            }
        }
    }
}
