package org.openbcf.core.scheme;

import org.openbcf.core.NorfolkResource;

/** Loads the Norfolk 2016/17 scheme register from the test resources. */
final class NorfolkSchemes {

    private NorfolkSchemes() {
    }

    static SchemeRegister load() {
        SchemeTable.Builder builder = SchemeTable.builder();
        NorfolkResource.records("schemes-2016.tsv").forEach(builder::record);
        return builder.build();
    }
}
