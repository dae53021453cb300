package org.openbcf.examples.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.openbcf.core.internal.Checks;

/**
 * A file that a command reads: a path, {@code -} for standard input, or a file embedded in the jar.
 * Every file is read the same way: as strict UTF-8 (a byte that is not UTF-8 is refused, never
 * replaced), with a leading byte-order mark removed (what Excel's "CSV UTF-8" writes), for files and
 * standard input alike.
 *
 * <p>Problems are one-line {@link BadInputException}s naming the file as the user typed it:
 * {@code q3.csv: no such file}, {@code data: is a directory, not a file}. This class is immutable.
 *
 * @since 0.1.0
 */
public final class InputFile {

    /** What a user types for standard input. */
    public static final String STANDARD_INPUT = "-";

    private final String name;
    private final Path path;
    private final String resource;

    private InputFile(String name, Path path, String resource) {
        this.name = name;
        this.path = path;
        this.resource = resource;
    }

    /**
     * The file a command-line argument names: {@code -} is standard input, anything else a path.
     *
     * @param argument the argument, not null
     * @return the file, never null
     */
    public static InputFile of(String argument) {
        Checks.notNull(argument, "argument");
        if (argument.equals(STANDARD_INPUT)) {
            return new InputFile("standard input", null, null);
        }
        return new InputFile(argument, Path.of(argument), null);
    }

    /**
     * A file at a path.
     *
     * @param path the path, not null
     * @return the file, never null
     */
    public static InputFile of(Path path) {
        Checks.notNull(path, "path");
        return new InputFile(path.toString(), path, null);
    }

    /**
     * A file embedded in the jar, e.g. {@code embedded("/norfolk-data/datasets/norfolk-2015-16/p4p.csv")}, named in
     * messages by its file name.
     *
     * @param resource the absolute resource name, not null
     * @return the file, never null
     */
    public static InputFile embedded(String resource) {
        Checks.notNull(resource, "resource");
        return new InputFile(resource.substring(resource.lastIndexOf('/') + 1), null, resource);
    }

    /**
     * The name messages use: the path as typed, {@code standard input}, or the embedded file's name.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Whether this is standard input.
     *
     * @return true for {@code -}
     */
    public boolean isStandardInput() {
        return path == null && resource == null;
    }

    /**
     * Opens the file as text.
     *
     * @param stdin standard input, read when this is {@code -}; not null
     * @return a reader of strict UTF-8 with any byte-order mark removed; the caller closes it
     * @throws BadInputException when the file does not exist, is a directory or cannot be read
     */
    public Reader open(InputStream stdin) {
        Checks.notNull(stdin, "stdin");
        InputStream in;
        if (path != null) {
            if (Files.isDirectory(path)) {
                throw new BadInputException(name + ": is a directory, not a file");
            }
            try {
                in = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new BadInputException(name + ": no such file", e);
            } catch (AccessDeniedException e) {
                throw new BadInputException(name + ": permission denied", e);
            } catch (IOException e) {
                throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
            }
        } else if (resource != null) {
            in = InputFile.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("embedded file " + resource + " is missing from the jar");
            }
        } else {
            in = stdin;
        }
        return utf8(in);
    }

    /**
     * A strict UTF-8 reader of a stream, with any byte-order mark removed: the decoding every reader of
     * openbcf uses.
     *
     * @param in the bytes, not null
     * @return the reader, never null
     */
    public static Reader utf8(InputStream in) {
        Checks.notNull(in, "in");
        return new BomSkipping(new StrictUtf8Reader(in));
    }

    @Override
    public String toString() {
        return name;
    }

    /** Drops a byte-order mark at the very start of the text. */
    private static final class BomSkipping extends PushbackReader {
        private boolean started;

        BomSkipping(Reader in) {
            super(in, 1);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            skipMark();
            return super.read(buffer, offset, length);
        }

        @Override
        public int read() throws IOException {
            skipMark();
            return super.read();
        }

        private void skipMark() throws IOException {
            if (!started) {
                started = true;
                int first = super.read();
                if (first != -1 && first != '\uFEFF') {
                    unread(first);
                }
            }
        }
    }
}
