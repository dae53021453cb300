package org.openbcf.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;
import org.openbcf.examples.format.RiskCsv;
import org.openbcf.examples.io.Row;

/**
 * Demo section: the 23 risks of Norfolk's 2016 scheme templates (NN1–NN5, NCH1–NCH4) on the 4×4
 * matrix of the template, with the top risks, the heat map, the findings, and the counts per band
 * when the same levels are read on the NHS 5×5 matrix.
 *
 * <p>Data: the 2016/17 dataset's {@code risks.csv} (the {@code bcf risk} input format) and
 * {@code /norfolk-data/risks-2016-details.csv} (scheme, description and mitigation per id, read with
 * {@link NorfolkData#read(String, org.openbcf.examples.io.Schema)}).
 *
 * @since 0.1.0
 */
public final class RiskSection implements DemoSection {

    private static final int TOP = 5;

    /**
     * Norfolk's 2016 risks with their schemes, descriptions and mitigations, in source order.
     *
     * @return the 23 risks, never null
     * @throws UncheckedIOException when the embedded data cannot be read
     */
    public static List<Risk> risks2016() {
        List<Risk> levels;
        levels = NorfolkData.dataset(org.openbcf.core.time.FinancialYear.parse("2016/17")).risks().orElseThrow()
                .scored().stream().map(org.openbcf.core.risk.ScoredRisk::risk).toList();
        Map<String, Row> details = new HashMap<>();
        NorfolkData.read("risks-2016-details.csv", NorfolkData.RISK_DETAILS).forEach(row -> details.put(row.text("id"), row));
        return levels.stream().map(risk -> {
            Row text = details.get(risk.id());
            if (text == null) {
                return risk;
            }
            Risk described = Risk.of(risk.id(), text.text("description"), risk.likelihood(), risk.impact(),
                    text.text("mitigation")).withSchemeRef(text.text("scheme"));
            return risk.statedScore().isPresent() ? described.withStatedScore(risk.statedScore().getAsInt()) : described;
        }).toList();
    }


    @Override
    public String title() {
        return "Risks in the 2016 schemes";
    }

    @Override
    public void print(PrintWriter out) {
        List<Risk> risks = risks2016();
        RiskRegister template = RiskRegister.of(RiskMatrix.fourByFour(), risks);
        RiskRegister nhs = RiskRegister.of(RiskMatrix.nhsFiveByFive(), risks);
        long schemes = risks.stream().map(risk -> risk.schemeRef().orElse(risk.id())).distinct().count();
        out.printf("%d risks in %d schemes, scored on the %s matrix of the 2016 scheme template (score = likelihood x impact).%n",
                risks.size(), schemes, template.matrix().name());
        out.println();
        out.printf("Top %d risks:%n", TOP);
        for (ScoredRisk scored : template.top(TOP)) {
            Risk risk = scored.risk();
            out.printf("  %2d  %-8s %s (mitigation: %s)%s%n", scored.score(), risk.id(), risk.description(),
                    risk.mitigation(), scored.onMatrix() ? "" : " [off the 4x4 matrix]");
        }
        out.println();
        out.printf("Heat map on the %s matrix (%d risks on it, %d off it):%n", template.matrix().name(),
                template.heatMap().total(), template.heatMap().offMatrix());
        template.heatMap().toString().lines().forEach(line -> out.println("  " + line));
        out.println();
        out.printf("Findings (%d): listed once, in the review of %s above (section Risks).%n", template.findings().size(),
                NorfolkData.dataset(org.openbcf.core.time.FinancialYear.parse("2016/17")).source());
        out.println();
        out.printf("Counts per band, the same levels read on the NHS %s matrix: %s.%n", nhs.matrix().name(),
                nhs.countsByBand().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")));
    }
}
