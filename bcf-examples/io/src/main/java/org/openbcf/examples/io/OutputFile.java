package org.openbcf.examples.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

import org.openbcf.core.internal.Checks;

/**
 * How openbcf writes a file it was asked to write ({@code --output}, a chart PNG, {@code init --xlsx}):
 * the one place that decides between replacing a file atomically and writing straight through.
 *
 * <ul>
 *   <li>A regular file, or a path where nothing is yet: the bytes go to a temporary file beside it
 *       ({@code .NAME.RANDOM.part}), which is renamed over the target in one step, so a run that fails
 *       leaves the target as it was. A symbolic link to a regular file is followed: the file it names
 *       is replaced, the link stays.</li>
 *   <li>Anything else that exists and is not a folder (a device such as {@code /dev/null} or
 *       {@code /dev/stdout}, a named pipe): written straight through, never replaced; openbcf holds the
 *       whole output first, so a run that fails writes nothing there either.</li>
 * </ul>
 *
 * <p>Files and folders openbcf creates get the permissions the user's umask gives (e.g. 0644 and 0755),
 * as any other program's would: they are created without explicit permissions and the system applies
 * the umask. A folder that does not exist is reported as such ("the folder charts does not exist"),
 * not as the temporary file that could not be made in it.
 *
 * @since 0.1.0
 */
public final class OutputFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path written;
    private final boolean atomic;

    private OutputFile(Path target, Path written, boolean atomic) {
        this.target = target;
        this.written = written;
        this.atomic = atomic;
    }

    /**
     * Decides how to write a file, checking that it can be: its folder exists and it is not a folder.
     *
     * @param file the file as the user named it, not null
     * @return how to write it, never null
     * @throws OutputFailedException when the file is a folder or its folder does not exist
     */
    public static OutputFile of(Path file) {
        Checks.notNull(file, "file");
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new OutputFailedException("cannot write " + file + ": it is a folder", null);
        }
        if (Files.isRegularFile(absolute)) {
            try {
                // through any symbolic link: the file it names is replaced, the link stays
                return new OutputFile(file, absolute.toRealPath(), true);
            } catch (IOException e) {
                throw new OutputFailedException("cannot write " + file + " (" + reason(e) + ")", e);
            }
        }
        if (Files.exists(absolute)) {
            // a device or a pipe, perhaps through a link the system resolves itself (/dev/stdout is
            // /proc/self/fd/1, whose target "pipe:[N]" is no path): opened as named, never resolved
            return new OutputFile(file, absolute, false);
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new OutputFailedException("cannot write " + file + ": the folder "
                    + (file.getParent() == null ? String.valueOf(parent) : file.getParent().toString())
                    + " does not exist", null);
        }
        return new OutputFile(file, absolute, true);
    }

    /**
     * Whether the file is replaced in one step (a regular file or a new path) rather than written
     * straight through (a device or a pipe).
     *
     * @return true when written to a temporary file and renamed
     */
    public boolean atomic() {
        return atomic;
    }

    /**
     * The file as the user named it, for messages.
     *
     * @return the path, never null
     */
    public Path target() {
        return target;
    }

    /**
     * Makes the temporary file beside the target (only when {@link #atomic()}), with the umask's
     * permissions.
     *
     * @return the new, empty temporary file
     * @throws IOException when it cannot be created
     */
    public Path createTemporary() throws IOException {
        if (!atomic) {
            throw new IllegalStateException("not written through a temporary file: " + target);
        }
        return createBeside(written, false);
    }

    /**
     * Makes a new, empty temporary file or folder beside a path, named after it and hidden, with the
     * permissions the umask gives.
     *
     * @param path   the path it stands in for
     * @param folder true for a folder
     * @return the new temporary path
     * @throws IOException when it cannot be created
     */
    public static Path createBeside(Path path, boolean folder) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path dir = absolute.getParent();
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve("." + absolute.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + (folder ? "" : ".part"));
            try {
                return folder ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves a finished temporary file or folder over the target, atomically where the file system can.
     *
     * @param temporary the temporary path from {@link #createTemporary()}
     * @throws IOException when it cannot be moved
     */
    public void replaceWith(Path temporary) throws IOException {
        move(temporary, written);
    }

    /**
     * Renames a path in one step where the file system can, replacing a file at the target.
     *
     * @param from the temporary path
     * @param to   the target
     * @throws IOException when it cannot be moved
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Opens the target itself for writing (only when not {@link #atomic()}): a device or pipe, never
     * created or replaced.
     *
     * @return the stream; the caller closes it
     * @throws IOException when it cannot be opened
     */
    public OutputStream openDirect() throws IOException {
        if (atomic) {
            throw new IllegalStateException("written through a temporary file: " + target);
        }
        return Files.newOutputStream(written, StandardOpenOption.WRITE);
    }

    /**
     * Writes the whole file: atomically to a regular file or new path, straight through to a device
     * or pipe.
     *
     * @param body what writes the bytes
     * @throws OutputFailedException when the file cannot be written; a regular target is then untouched
     */
    public void write(Body body) {
        if (!atomic) {
            try (OutputStream out = openDirect()) {
                body.write(out);
            } catch (IOException e) {
                throw new OutputFailedException("cannot write " + target + " (" + reason(e) + ")", e);
            }
            return;
        }
        Path temporary = null;
        try {
            temporary = createTemporary();
            try (OutputStream out = Files.newOutputStream(temporary)) {
                body.write(out);
            }
            replaceWith(temporary);
            temporary = null;
        } catch (IOException e) {
            throw new OutputFailedException("cannot write " + target + " (" + reason(e) + ")", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // hidden, named after the target: harmless
                }
            }
        }
    }

    /**
     * Refuses a text output named as a workbook ({@code report.xlsx}): openbcf writes CSV, JSON or a
     * table with {@code --output}, and Excel would refuse a text file named {@code .xlsx}.
     *
     * @param file the {@code --output} value
     * @throws OutputFailedException when it ends in {@code .xlsx}, {@code .xlsm} or {@code .xls}
     */
    public static void requireTextName(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            throw new OutputFailedException("cannot write " + file + ": --output writes text (csv, json or table), "
                    + "which Excel would refuse as a workbook; name it .csv or .json", null);
        }
    }

    /**
     * A short reason for a failed write, without the JDK's wording.
     *
     * @param e the failure
     * @return the reason
     */
    static String reason(IOException e) {
        String message = e.getMessage();
        return e instanceof NoSuchFileException ? "no such folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : message == null ? e.getClass().getSimpleName() : message;
    }

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the bytes.
         *
         * @param out where to write; not to be closed
         * @throws IOException when writing fails
         */
        void write(OutputStream out) throws IOException;
    }
}
