package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/**
 * Supplies {@code bcf --version} from the version Maven wrote into the jar.
 *
 * @since 0.1.0
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /**
     * The openbcf version, e.g. {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, never null
     */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/openbcf/examples/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return lines();
    }

    /**
     * The lines {@code bcf --version} prints, e.g. {@code openbcf 0.1.0-SNAPSHOT} and
     * {@code Java 17.0.15 (Debian)}.
     *
     * @return the two lines, never null
     */
    static String[] lines() {
        return new String[] {"openbcf " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
