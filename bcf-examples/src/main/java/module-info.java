/**
 * The {@code bcf} command line, the Norfolk demo and the data it embeds.
 */
module org.openbcf.examples {
    requires org.openbcf.core;
    requires org.openbcf.metrics;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires java.logging;

    exports org.openbcf.examples.cli;
    exports org.openbcf.examples.demo;
    opens org.openbcf.examples.cli to info.picocli;
}
