package org.openbcf.examples.demo;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

import org.openbcf.examples.format.TabFiles;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.TextRows;

/**
 * Opens the tab-separated files embedded under {@code /norfolk-data/} for the scheme and compliance
 * sections of the demo, through the one input layer. Each file names its source lines in {@code #}
 * comments.
 */
final class SchemeData {

    private SchemeData() {
    }

    /**
     * Reads an embedded file with a format of {@link TabFiles}, e.g. {@code TabFiles::schemes}.
     *
     * @param name   the file name, e.g. {@code schemes-2016.tsv}
     * @param format what reads it
     * @param <T>    the result's type
     * @return the value
     */
    static <T> T read(String name, Function<TextRows, T> format) {
        return format.apply(TextRows.open(InputFile.embedded("/norfolk-data/" + name), InputStream.nullInputStream()));
    }

    /**
     * The records of an embedded file, without blank and comment lines.
     *
     * @param name the file name
     * @return the records' fields, never null
     */
    static List<String[]> rows(String name) {
        return read(name, TabFiles::fields).stream().map(f -> f.toArray(new String[0])).toList();
    }
}
