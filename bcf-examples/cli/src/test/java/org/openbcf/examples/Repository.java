package org.openbcf.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the tests run in, found from whichever module folder Maven runs them in. */
public final class Repository {

    private Repository() {
    }

    /**
     * The nearest folder at or above the working directory that holds README.md and a docs folder.
     *
     * @return the folder, absolute and normalised
     */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder holding README.md and docs/ at or above " + start);
    }
}
