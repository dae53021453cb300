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
     * Refuses a name that is not a table of the format, naming the nearest one.
     *
     * @param where the file or sheet as messages name it
     * @param table the name without {@code .csv}
     */
    static void requireKnown(String where, String table) {
        if (!DatasetFormat.FILES.containsKey(table)) {
            throw new BadInputException(where + ": not part of the dataset format"
                    + DatasetFormat.nearestTable(table).map(t -> " (did you mean " + t + "?)").orElse("")
                    + "; the tables are " + String.join(", ", DatasetFormat.FILES.keySet()));
        }
    }

    /** A folder of CSV files; files that are not {@code .csv} (a README) are ignored. */
    final class Folder implements DatasetSource {

        private final Path folder;

        Folder(Path folder) {
            this.folder = folder;
            List<String> csv = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                        .sorted().forEach(csv::add);
            } catch (IOException e) {
                throw new BadInputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
            }
            for (String file : csv) {
                requireKnown(folder.resolve(file).toString(), file.substring(0, file.length() - 4));
            }
        }

        @Override
        public String name() {
            return folder.toString();
        }

        @Override
        public boolean has(String table) {
            return Files.isRegularFile(folder.resolve(DatasetFormat.fileName(table)));
        }

        @Override
        public CsvInput open(String table) {
            return CsvInput.open(InputFile.of(folder.resolve(DatasetFormat.fileName(table))), InputStream.nullInputStream(),
                    DatasetFormat.FILES.get(table));
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
