/**
 * The {@code bcf} command line, the Norfolk demo and the data it embeds, and the spreadsheet check.
 * picocli, XChart and {@code java.desktop} are needed only by the command line, the demo and its
 * charts ({@code requires static}): a host that uses the check ({@code org.openbcf.examples.check})
 * runs without them.
 */
module org.openbcf.examples {
    requires org.openbcf.core;
    requires org.openbcf.metrics;
    requires static info.picocli;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires static org.knowm.xchart;
    requires static java.desktop;
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
