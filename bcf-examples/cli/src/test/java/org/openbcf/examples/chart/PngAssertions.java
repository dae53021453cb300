package org.openbcf.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

/** Checks that a file is a PNG that shows something. */
public final class PngAssertions {

    private PngAssertions() {
    }

    /**
     * Asserts the file exists, decodes as PNG and is not blank (many colours, not one).
     *
     * @param file the file
     * @throws IOException when it cannot be read
     */
    public static void assertDrawnPng(Path file) throws IOException {
        assertThat(file).exists();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("decodes as an image: " + file).isNotNull();
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in " + file).isGreaterThan(10);
    }
}
