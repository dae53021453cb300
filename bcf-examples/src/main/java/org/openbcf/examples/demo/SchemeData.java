package org.openbcf.examples.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the tab-separated files embedded under {@code /norfolk-data/} for the scheme and compliance
 * sections of the demo. Each file names its source lines in {@code #} comments.
 */
final class SchemeData {

    private SchemeData() {
    }

    /**
     * Opens an embedded file.
     *
     * @param name the file name, e.g. {@code schemes-2016.tsv}
     * @return a reader the caller closes
     */
    static Reader open(String name) {
        InputStream in = SchemeData.class.getResourceAsStream("/norfolk-data/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("embedded data /norfolk-data/" + name + " is missing from the jar"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Parses an embedded file with a reader of openbcf, e.g. {@code SchemeTable::read}.
     *
     * @param name   the file name
     * @param parser what reads it
     * @param <T>    the result's type
     * @return the parsed value
     */
    static <T> T read(String name, java.util.function.Function<Reader, T> parser) {
        try (Reader in = open(name)) {
            return parser.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of an embedded file, split on tabs, without blank and comment lines.
     *
     * @param name the file name
     * @return the rows, never null
     */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(open(name))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
