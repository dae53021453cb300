package org.openbcf.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.openbcf.core.finding.Findings;
import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf risk --matrix 4x4|5x5 <file.csv>}: scores a risk register.
 *
 * <p>Reads {@code id,likelihood,impact[,stated_score]}; writes {@code id,likelihood,impact,score,band,finding}
 * to standard output, one row per input row in input order, and each finding on its own line to
 * standard error. Exit 0 when there are no findings, 1 when there are, 2 for bad input.
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = {"Score a risk register: score = likelihood x impact, with the band of the matrix.",
            "Input CSV header: id,likelihood,impact[,stated_score].",
            "Output CSV header: id,likelihood,impact,score,band,finding.",
            "Exit 0 no findings, 1 findings (also one per line on standard error), 2 bad input."})
public final class RiskCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--matrix", required = true, paramLabel = "4x4|5x5", converter = MatrixConverter.class,
            description = "4x4: the 2016 scheme template (no bands); 5x5: the NHS matrix with bands Low 1-3, "
                    + "Moderate 4-6, High 8-12, Extreme 15-25.")
    RiskMatrix matrix;

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "the risks, one per row")
    Path file;

    @Override
    public Integer call() {
        List<Risk> risks;
        String source = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": it is a directory");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            risks = RiskCsv.read(in, source);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        RiskRegister register = RiskRegister.of(matrix, risks);
        PrintWriter out = spec.commandLine().getOut();
        RiskCsv.write(register, out);
        out.flush();
        Findings findings = register.findings();
        PrintWriter err = spec.commandLine().getErr();
        findings.forEach(err::println);
        err.flush();
        return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** Converts {@code 4x4} or {@code 5x5} to a preset matrix, with a one-line message otherwise. */
    static final class MatrixConverter implements CommandLine.ITypeConverter<RiskMatrix> {
        @Override
        public RiskMatrix convert(String value) {
            try {
                return RiskMatrix.preset(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
