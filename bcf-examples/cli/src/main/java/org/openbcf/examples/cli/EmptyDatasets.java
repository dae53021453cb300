package org.openbcf.examples.cli;

import org.openbcf.examples.dataset.DatasetTemplate;

/**
 * {@code bcf init}: the empty dataset of a year, the template a board fills in, written as a folder
 * by {@link DatasetTemplate#writeFolder} or as one workbook by {@link DatasetTemplate#writeWorkbook}.
 */
final class EmptyDatasets {

    private EmptyDatasets() {
    }

    /**
     * Runs {@code bcf init}.
     *
     * @param command the command's options
     * @return the exit code, {@link ExitCode#OK}
     */
    static int run(InitCommand command) {
        if (command.target.xlsx != null) {
            DatasetTemplate.writeWorkbook(command.year, command.target.xlsx);
        } else {
            DatasetTemplate.writeFolder(command.year, command.target.dir);
        }
        return ExitCode.OK;
    }
}
