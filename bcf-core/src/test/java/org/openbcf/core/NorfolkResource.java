package org.openbcf.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/** Reads the Norfolk data files under the test resources' {@code /norfolk-data/}. */
public final class NorfolkResource {

    private NorfolkResource() {
    }

    /**
     * Parses an embedded file.
     *
     * @param name   the file name, e.g. {@code schemes-2016.tsv}
     * @param parser what reads it
     * @param <T>    the result's type
     * @return the parsed value
     */
    public static <T> T read(String name, Function<Reader, T> parser) {
        InputStream in = Objects.requireNonNull(NorfolkResource.class.getResourceAsStream("/norfolk-data/" + name), name);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
