package org.openbcf.examples.cli;

import java.util.List;

import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;
import org.openbcf.examples.format.RiskCsv;
import org.openbcf.examples.io.CsvInput;
import org.openbcf.review.FindingPlaces;

/**
 * {@code bcf risk}: each risk of a register scored (likelihood × impact, with the band of the matrix)
 * by {@link RiskRegister#of(org.openbcf.core.risk.RiskMatrix, List)}, read, scored and written one at a
 * time in the columns of {@link RiskCsv}, with each risk's findings at its row and column of the file
 * ({@link FindingPlaces}).
 */
final class RiskScores {

    private RiskScores() {
    }

    /**
     * Runs {@code bcf risk}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(RiskCommand command) {
        Streams streams = command.streams();
        try (CsvInput csv = CsvInput.open(command.file, streams.in(), RiskCsv.SCHEMA);
             Results results = new Results(streams, command.output, RiskCsv.columns(RiskCsv.otherColumns(csv)))) {
            RiskCsv.Risks risks = new RiskCsv.Risks(csv);
            for (Risk risk = risks.next(); risk != null; risk = risks.next()) {
                // a register of one risk scores it as the whole register would: the rule stays in RiskRegister
                ScoredRisk scored = RiskRegister.of(command.matrix, List.of(risk)).scored().get(0);
                results.row(RiskCsv.values(scored, risks.others()));
                results.findings(null, FindingPlaces.locate(scored.findings(), risks.places()));
            }
            return results.commit();
        }
    }
}
