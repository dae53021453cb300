package org.openbcf.examples.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.openbcf.core.risk.RiskBand;
import org.openbcf.core.risk.RiskHeatMap;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.examples.io.OutputFailedException;
import org.openbcf.examples.report.BandColours;

/**
 * A risk heat map coloured by the matrix's risk band, not by count: each cell is filled with its
 * band's colour (Low green, Moderate yellow, High orange, Extreme red) and shows the number of risks
 * in it and the band's name, so neither the colour nor the count alone carries the meaning; a legend
 * gives each band's scores. Likelihood runs along the x axis, impact up the y axis. Drawn with Java2D
 * (XChart colours a heat map by the value it shows), 800 × 480 pixels on white. The counts and bands
 * are the library's ({@link RiskHeatMap}, {@link RiskMatrix#band(int)}). Stateless.
 *
 * @since 0.1.0
 */
public final class BandHeatMap {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final Color NO_BAND = new Color(0xF5, 0xF5, 0xF5);

    private BandHeatMap() {
    }

    /**
     * The colour of a band by its name (Low, Moderate, High, Extreme, ignoring case); light grey for another name.
     *
     * @param band the band's name, not null
     * @return the colour, never null
     */
    public static Color colour(String band) {
        String hex = BandColours.hex(band);
        return hex.isEmpty() ? NO_BAND : Color.decode(hex);
    }

    /**
     * Draws the heat map of a register's matrix.
     *
     * @param title the title, not null
     * @param map   the heat map, not null
     * @return the picture, never null
     */
    public static BufferedImage draw(String title, RiskHeatMap map) {
        Objects.requireNonNull(title, "title");
        RiskMatrix matrix = Objects.requireNonNull(map, "map").matrix();
        int columns = matrix.likelihood().size();
        int rows = matrix.impact().size();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            centred(g, title, WIDTH / 2, 24);
            int left = 150;
            int top = 44;
            int legendWidth = 150;
            int cellWidth = (WIDTH - left - legendWidth - 20) / columns;
            int cellHeight = (HEIGHT - top - 70) / rows;
            for (int impact = rows; impact >= 1; impact--) {
                int y = top + (rows - impact) * cellHeight;
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                right(g, impact + " " + matrix.impact().label(impact), left - 8, y + cellHeight / 2 + 5);
                for (int likelihood = 1; likelihood <= columns; likelihood++) {
                    int x = left + (likelihood - 1) * cellWidth;
                    int score = matrix.score(likelihood, impact);
                    String band = matrix.band(score).map(RiskBand::name).orElse("");
                    g.setColor(band.isEmpty() ? NO_BAND : colour(band));
                    g.fillRect(x, y, cellWidth, cellHeight);
                    g.setColor(Color.GRAY);
                    g.setStroke(new BasicStroke(1f));
                    g.drawRect(x, y, cellWidth, cellHeight);
                    g.setColor(Color.BLACK);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
                    centred(g, Integer.toString(map.count(likelihood, impact)), x + cellWidth / 2, y + cellHeight / 2 + 2);
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                    centred(g, (band.isEmpty() ? "" : band + " ") + "(" + score + ")", x + cellWidth / 2, y + cellHeight / 2 + 20);
                }
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            for (int likelihood = 1; likelihood <= columns; likelihood++) {
                centred(g, likelihood + " " + matrix.likelihood().label(likelihood), left + (likelihood - 1) * cellWidth
                        + cellWidth / 2, top + rows * cellHeight + 20);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            centred(g, "likelihood (across) x " + matrix.impact().name() + " (up); count of risks in each cell", left
                    + columns * cellWidth / 2, top + rows * cellHeight + 44);
            int legendX = left + columns * cellWidth + 20;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString("Risk band (score)", legendX, top + 12);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            List<RiskBand> bands = matrix.bands();
            for (int b = 0; b < bands.size(); b++) {
                RiskBand band = bands.get(b);
                int y = top + 26 + b * 26;
                g.setColor(colour(band.name()));
                g.fillRect(legendX, y, 18, 18);
                g.setColor(Color.GRAY);
                g.drawRect(legendX, y, 18, 18);
                g.setColor(Color.BLACK);
                g.drawString(band.name() + " " + band.min() + "-" + band.max(), legendX + 26, y + 14);
            }
            if (bands.isEmpty()) {
                g.drawString("this matrix has no bands", legendX, top + 40);
            }
            if (map.offMatrix() > 0) {
                g.drawString(map.offMatrix() + " more off the matrix", legendX, top + 40 + 26 * Math.max(bands.size(), 1));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes a picture as a PNG file, replacing any file there, completely or not at all.
     *
     * @param image the picture, not null
     * @param file  the file, not null
     * @return the file, never null
     * @throws OutputFailedException when the file cannot be written
     */
    public static Path writePng(BufferedImage image, Path file) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(file, "file");
        // the one way openbcf writes a file (a device is written through, never replaced; the user's umask)
        org.openbcf.examples.io.OutputFile.of(file).write(out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
        return file;
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, x - metrics.stringWidth(text) / 2, y);
    }

    private static void right(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text), y);
    }
}
