package org.openbcf.core.scheme;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Loads the Norfolk 2016/17 scheme register from the test resources. */
final class NorfolkSchemes {

    private NorfolkSchemes() {
    }

    static SchemeRegister load() {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                NorfolkSchemes.class.getResourceAsStream("/norfolk-data/schemes-2016.tsv")), StandardCharsets.UTF_8)) {
            return SchemeTable.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
