package org.openbcf.examples.dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.examples.io.InputFile;

/**
 * Where a dataset's tables come from: a folder of CSV files, a workbook with one sheet per table, or
 * (for the demo) files embedded in the jar. Each source names its tables in messages as a user sees
 * them: {@code lewisham/contributions.csv row 4, column amount}, {@code lewisham.xlsx sheet
 * contributions row 4, column amount}.
 */
interface DatasetSource {

    /**
     * The dataset's name as given, e.g. the folder {@code lewisham} or {@code lewisham.xlsx}.
     *
     * @return the name
     */
    String name();

    /**
     * Whether the table is present.
     *
     * @param table a table of {@link DatasetFormat#FILES}
     * @return true when present
     */
    boolean has(String table);

    /**
     * Opens a present table with its schema.
     *
     * @param table a table of {@link DatasetFormat#FILES}
     * @return the reader, positioned after the header; the caller closes it
     */
    CsvInput open(String table);

    /**
     * What reading changed and the review must say, e.g. a workbook number rounded to 15 significant
     * digits; empty for CSV.
     *
     * @return the notes so far
     */
    default List<String> notes() {
        return List.of();
    }

    /**
     * A folder of CSV files. File names are exact: a table is read from its file name in lower case
     * ({@code contributions.csv}) and from nothing else. A file whose name is a table's in another case
     * ({@code Contributions.CSV}) is refused, since Windows and macOS would read it as the table and
     * Linux would not; a table file that cannot be read as a file (a dangling or looping symbolic link, a
     * folder) is refused rather than treated as absent. Every other file is ignored and named in a note
     * ({@link #notes()}); hidden files ({@code .DS_Store}) are ignored without one.
     */
    final class Folder implements DatasetSource {

        private final Path folder;
        private final java.util.Set<String> tables = new java.util.HashSet<>();
        private final List<String> notes = new ArrayList<>();

        Folder(Path folder) {
            this.folder = folder;
            List<String> names = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            } catch (IOException e) {
                throw new BadInputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
            }
            List<String> ignored = new ArrayList<>();
            for (String name : names) {
                Path file = folder.resolve(name);
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                String table = lower.endsWith(".csv") ? lower.substring(0, lower.length() - 4) : null;
                if (table != null && DatasetFormat.FILES.containsKey(table)) {
                    if (!name.equals(DatasetFormat.fileName(table))) {
                        throw new BadInputException(file + ": dataset file names are exact and in lower case: rename it "
                                + DatasetFormat.fileName(table));
                    }
                    if (!Files.isRegularFile(file)) {
                        throw new BadInputException(file + ": " + (Files.isSymbolicLink(file)
                                ? "a symbolic link to no readable file (dangling, or a loop)" : "not a file"));
                    }
                    tables.add(table);
                } else if (!name.startsWith(".")) {
                    ignored.add(name + (table == null ? "" : DatasetFormat.nearestTable(table)
                            .map(t -> " (did you mean " + DatasetFormat.fileName(t) + "?)").orElse("")));
                }
            }
            if (!ignored.isEmpty()) {
                notes.add("not read (not files of the dataset format): " + String.join(", ", ignored));
            }
        }

        @Override
        public String name() {
            return folder.toString();
        }

        @Override
        public boolean has(String table) {
            return tables.contains(table);
        }

        @Override
        public CsvInput open(String table) {
            return CsvInput.open(InputFile.of(folder.resolve(DatasetFormat.fileName(table))), InputStream.nullInputStream(),
                    DatasetFormat.FILES.get(table));
        }

        @Override
        public List<String> notes() {
            return List.copyOf(notes);
        }
    }

    /** Files embedded in the jar under a folder, e.g. {@code /norfolk-data/datasets/norfolk-2015-16/}. */
    final class Embedded implements DatasetSource {

        private final String folder;

        /**
         * The folder's own entry, when the jar (or class directory) has one: a table is looked for beside
         * it. {@code getResource} of a missing file would open every jar of the class path to be sure
         * (about 40 ms for the launcher's 30 jars), and most tables of a dataset are optional.
         */
        private final URL base;

        Embedded(String folder) {
            this.folder = folder.endsWith("/") ? folder : folder + "/";
            this.base = DatasetSource.class.getResource(this.folder);
        }

        @Override
        public String name() {
            String trimmed = folder.substring(0, folder.length() - 1);
            return trimmed.substring(trimmed.lastIndexOf('/') + 1);
        }

        @Override
        public boolean has(String table) {
            String file = DatasetFormat.fileName(table);
            if (base == null) {
                return DatasetSource.class.getResource(folder + file) != null;
            }
            try (InputStream in = new URL(base, file).openStream()) {
                return in != null;
            } catch (FileNotFoundException e) {
                return false;
            } catch (MalformedURLException e) {
                throw new IllegalStateException("embedded dataset " + folder + ": bad file name " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedded dataset " + folder + file, e);
            }
        }

        @Override
        public CsvInput open(String table) {
            return CsvInput.open(InputFile.embedded(folder + DatasetFormat.fileName(table)), InputStream.nullInputStream(),
                    DatasetFormat.FILES.get(table));
        }
    }
}
