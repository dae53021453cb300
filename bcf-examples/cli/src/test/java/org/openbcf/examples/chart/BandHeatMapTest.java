package org.openbcf.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbcf.examples.chart.PngAssertions.assertDrawnPng;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.risk.Risk;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.risk.RiskRegister;

/** The risk heat map is coloured by band, not by count (issue 26): a crowded Moderate cell is not the reddest. */
class BandHeatMapTest {

    @TempDir
    Path dir;

    @Test
    void eachCellHasItsBandsColourWhateverItsCount() throws IOException {
        // six risks in Possible x Minor (score 6, Moderate), one in Almost certain x Catastrophic (25, Extreme)
        List<Risk> risks = List.of(Risk.of("A", 3, 2), Risk.of("B", 3, 2), Risk.of("C", 3, 2), Risk.of("D", 3, 2),
                Risk.of("E", 3, 2), Risk.of("F", 3, 2), Risk.of("G", 5, 5));
        RiskRegister register = RiskRegister.of(RiskMatrix.nhsFiveByFive(), risks);
        Path file = BandHeatMap.writePng(BandHeatMap.draw("Risks", register.heatMap()), dir.resolve("heat.png"));
        assertDrawnPng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        // the NHS 5x5 bands (NPSA 2008): Low 1-3, Moderate 4-6, High 8-12, Extreme 15-25
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                int score = likelihood * impact;
                String band = score <= 3 ? "Low" : score <= 6 ? "Moderate" : score <= 12 ? "High" : "Extreme";
                assertThat(new Color(cornerOf(image, likelihood, impact))).as("cell %d x %d", likelihood, impact)
                        .isEqualTo(BandHeatMap.colour(band));
            }
        }
        assertThat(BandHeatMap.colour("Extreme")).isNotEqualTo(BandHeatMap.colour("Moderate"));
        assertThat(BandHeatMap.colour("extreme")).isEqualTo(BandHeatMap.colour("Extreme"));
    }

    /** A pixel just inside a cell's top-left corner, away from its text (the layout of BandHeatMap: 5 x 5 cells). */
    private static int cornerOf(BufferedImage image, int likelihood, int impact) {
        int left = 150;
        int top = 44;
        int width = (800 - left - 150 - 20) / 5;
        int height = (480 - top - 70) / 5;
        return image.getRGB(left + (likelihood - 1) * width + 4, top + (5 - impact) * height + 4) & 0xFFFFFF;
    }
}
