package org.openbcf.core.scheme;

import org.openbcf.core.NorfolkResource;

/** Loads the Norfolk 2016/17 scheme register from the test resources. */
final class NorfolkSchemes {

    private NorfolkSchemes() {
    }

    static SchemeRegister load() {
        return NorfolkResource.read("schemes-2016.tsv", SchemeTable::read);
    }
}
