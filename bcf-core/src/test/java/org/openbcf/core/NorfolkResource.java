package org.openbcf.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits the tab-separated Norfolk data files under the test resources' {@code /norfolk-data/} into
 * records for the builders of bcf-core, as the input layer of bcf-examples ({@code TextRows}) does:
 * blank lines and lines starting with {@code #} skipped, fields split on tabs.
 */
public final class NorfolkResource {

    private NorfolkResource() {
    }

    /**
     * The records of an embedded file.
     *
     * @param name the file name, e.g. {@code schemes-2016.tsv}
     * @return the records, each its fields
     */
    public static List<List<String>> records(String name) {
        try (InputStream in = Objects.requireNonNull(NorfolkResource.class.getResourceAsStream("/norfolk-data/" + name), name)) {
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The records of tab-separated text.
     *
     * @param text the text
     * @return the records, each its fields
     */
    public static List<List<String>> split(String text) {
        List<List<String>> records = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                records.add(Arrays.asList(line.split("\t", -1)));
            }
        }
        return records;
    }
}
