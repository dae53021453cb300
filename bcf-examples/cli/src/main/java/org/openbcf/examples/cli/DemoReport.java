package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openbcf.examples.dataset.DatasetTemplate;
import org.openbcf.examples.demo.DemoCharts;
import org.openbcf.examples.demo.NorfolkData;
import org.openbcf.examples.demo.NorfolkDemo;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.Output;

/**
 * {@code bcf demo}: the Norfolk report from the data embedded in the jar, printed by
 * {@link NorfolkDemo#print} (text) or {@link NorfolkDemo#html} (one page), with the charts of
 * {@link DemoCharts#write}; or Norfolk's datasets ({@link NorfolkData}) written as folders by
 * {@link DatasetTemplate#writeFiles}.
 */
final class DemoReport {

    private DemoReport() {
    }

    /**
     * Runs {@code bcf demo}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(DemoCommand command) {
        Path charts = command.charts;
        Format format = command.format;
        if (charts != null && Files.exists(charts) && !Files.isDirectory(charts)) {
            throw new BadInputException("--charts: " + charts + " is a file, not a directory");
        }
        if (format != null && format != Format.TABLE && format != Format.HTML) {
            throw new BadInputException("--format " + format + ": bcf demo writes table (the text report) or html");
        }
        Streams streams = command.streams();
        if (command.export != null) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : NorfolkData.DATASET_NAMES) {
                NorfolkData.files(name).forEach((file, bytes) -> files.put(name + "/" + file, bytes));
            }
            DatasetTemplate.writeFiles(command.export, files);
            streams.out().println("Wrote " + NorfolkData.DATASET_NAMES.size() + " datasets to " + command.export + ": "
                    + String.join(", ", NorfolkData.DATASET_NAMES));
            return ExitCode.OK;
        }
        if (format == Format.HTML) {
            try (Output out = Output.of(command.output, streams.out())) {
                NorfolkDemo.html(out.writer());
                if (charts != null) {
                    DemoCharts.write(charts);
                }
                out.commit();
            }
            return ExitCode.OK;
        }
        try (Output out = Output.of(command.output, streams.out())) {
            PrintWriter text = new PrintWriter(out.writer());
            NorfolkDemo.print(text);
            if (charts != null) {
                text.println();
                text.println("Charts:");
                DemoCharts.write(charts).forEach(file -> text.println("  " + file));
            }
            text.flush();
            if (text.checkError()) {
                throw new UncheckedIOException(new IOException("the report could not be held for output"));
            }
            out.commit();
        }
        return ExitCode.OK;
    }
}
