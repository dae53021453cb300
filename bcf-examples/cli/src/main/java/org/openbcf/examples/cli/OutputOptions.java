package org.openbcf.examples.cli;

import org.openbcf.examples.io.Format;
import org.openbcf.examples.io.Output;

import picocli.CommandLine.Option;

/**
 * The options of every command that prints results: {@code --format csv|table|json} and
 * {@code --output FILE}. A picocli mixin.
 *
 * @since 0.1.0
 */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "csv|table|json", converter = FormatConverter.class, defaultValue = "csv",
            description = "csv (the contract for machines), table (for people) or json "
                    + "({\"rows\":[...],\"findings\":[...]}, field names as the CSV header's); default ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output: completely or not at all "
                    + "(a temporary file renamed into place).")
    String output;

    /**
     * The format chosen, CSV by default.
     *
     * @return the format, never null
     */
    Format format() {
        return format == null ? Format.CSV : format;
    }

    /**
     * The default of {@code --format} for a command whose results are a report for people
     * ({@code @Command(defaultValueProvider = OutputOptions.TableByDefault.class)}): table, so that
     * its help states that one default.
     */
    static final class TableByDefault implements picocli.CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(picocli.CommandLine.Model.ArgSpec argSpec) {
            return argSpec.isOption() && ((picocli.CommandLine.Model.OptionSpec) argSpec).longestName().equals("--format")
                    ? "table" : null;
        }
    }

    /**
     * Where the results go.
     *
     * @param streams the run's streams
     * @return the output, to commit when complete
     */
    Output open(Streams streams) {
        return Output.of(output, streams.out());
    }

    /** Converts {@code csv}, {@code table} or {@code json}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
