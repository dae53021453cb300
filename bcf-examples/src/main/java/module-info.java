/**
 * The {@code bcf} command line, the Norfolk demo and the data it embeds.
 */
module org.openbcf.examples {
    requires org.openbcf.core;
    requires org.openbcf.metrics;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires org.knowm.xchart;
    requires java.desktop;
    requires java.xml;

    exports org.openbcf.examples.cli;
    exports org.openbcf.examples.demo;
    exports org.openbcf.examples.dataset;
    exports org.openbcf.examples.check;
    exports org.openbcf.examples.workbook;
    exports org.openbcf.examples.chart;
    exports org.openbcf.examples.io;
    exports org.openbcf.examples.format;
    exports org.openbcf.examples.table;
    opens org.openbcf.examples.cli to info.picocli;
}
