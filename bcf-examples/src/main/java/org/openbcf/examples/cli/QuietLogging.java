package org.openbcf.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The {@code java.util.logging} configuration of the {@code bcf} command line: the JDK's default
 * configuration with Moneta's loggers at {@code WARNING}, so that the INFO line Moneta logs when it
 * starts ("Using custom MathContext ...") does not reach standard error.
 *
 * <p>{@link #install()} names this class in the system property {@code java.util.logging.config.class}
 * and nothing more: {@code LogManager} reads it only when something first logs, so a command that
 * never touches Moneta (or any logger) never pays for starting {@code java.util.logging}, which costs
 * more than a hello-world JVM's whole start-up. A user who configures logging
 * ({@code -Djava.util.logging.config.file=...} or {@code ...config.class=...}) keeps their configuration.
 */
public final class QuietLogging {

    /** The system property that names a logging configuration class. */
    static final String CONFIG_CLASS = "java.util.logging.config.class";

    /** The system property that names a logging configuration file. */
    static final String CONFIG_FILE = "java.util.logging.config.file";

    /** The logger of Moneta, the {@code javax.money} implementation. */
    static final String MONETA = "org.javamoney.moneta";

    /**
     * Reads the JDK's {@code conf/logging.properties} with Moneta's level set to {@code WARNING}.
     * Called by {@code LogManager} when logging starts; not for direct use.
     *
     * @throws IOException when the JDK's configuration cannot be read
     */
    public QuietLogging() throws IOException {
        Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
        String config = (Files.isReadable(defaults) ? Files.readString(defaults, StandardCharsets.ISO_8859_1) : "")
                + System.lineSeparator() + MONETA + ".level = WARNING" + System.lineSeparator();
        LogManager.getLogManager().readConfiguration(
                new ByteArrayInputStream(config.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Makes this class the logging configuration, unless the user has chosen one. Costs nothing now.
     */
    static void install() {
        if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
            System.setProperty(CONFIG_CLASS, QuietLogging.class.getName());
        }
    }

    /**
     * Sets Moneta's level to {@code WARNING} in a JVM whose logging is already configured, e.g. when
     * {@code bcf} runs inside a test or a host application. Starts {@code java.util.logging}.
     */
    static void quietMoneta() {
        Holder.MONETA_LOG.setLevel(Level.WARNING);
    }

    /** Holds the logger so it is not collected (and its level not lost); loaded on first use only. */
    private static final class Holder {
        static final Logger MONETA_LOG = Logger.getLogger(MONETA);
    }
}
