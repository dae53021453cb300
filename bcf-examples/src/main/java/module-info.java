/**
 * The {@code bcf} command line, the Norfolk demo and the data it embeds.
 */
module org.openbcf.examples {
    requires org.openbcf.core;
    requires org.openbcf.metrics;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.knowm.xchart;
    requires java.desktop;

    exports org.openbcf.examples.cli;
    exports org.openbcf.examples.demo;
    exports org.openbcf.examples.check;
    exports org.openbcf.examples.chart;
    exports org.openbcf.examples.p4p;
    opens org.openbcf.examples.cli to info.picocli;
}
