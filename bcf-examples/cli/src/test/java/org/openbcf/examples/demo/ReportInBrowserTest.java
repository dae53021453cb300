package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.examples.cli.Cli;
import org.openbcf.examples.cli.ExitCode;

/**
 * The Norfolk report rendered by a real browser: Debian's headless Chromium ({@code .ci/run} installs it)
 * prints {@code bcf demo --format html} to PDF and to a PNG screenshot. The PDF, read with PDFBox, has the
 * print layout of a board paper ({@link PrintLayout}: A4 pages, the running header with the board and
 * year, the page numbers, no table row cut, header rows repeated, no heading left at a page's foot, no
 * chart split); the screenshot is not blank; and the browser reports nothing about the page on standard
 * error (a console message, a script error, a resource it could not load). Skipped, saying so, only where
 * no Chromium is installed and not in CI (a developer's Mac); in CI a missing browser fails. The
 * screenshot and the first two printed pages (at 100 dpi) are kept in
 * {@code bcf-examples/target/report-in-browser/} (docs/boards.md shows them).
 */
class ReportInBrowserTest {

    /** The browsers tried, in order, on the PATH (or the one {@code OPENBCF_CHROMIUM} names). */
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    /** What a line of the browser's standard error says when it concerns the page. */
    private static final Pattern ABOUT_THE_PAGE = Pattern.compile(
            "CONSOLE|Uncaught|net::ERR_|Failed to load|Refused to|Not allowed to load|ERR_FILE_NOT_FOUND|norfolk-report\\.html");

    @TempDir
    Path tmp;

    @Test
    void chromiumPrintsTheNorfolkReportAsABoardPaperAndAScreenshotWithNoErrorAboutThePage() throws Exception {
        Optional<Path> browser = browser();
        if (browser.isEmpty()) {
            String message = "no Chromium on the PATH (tried " + BROWSERS + " and $OPENBCF_CHROMIUM): the report was not "
                    + "rendered in a browser; on Debian: apt-get install chromium";
            assertThat(System.getenv("CI")).as("CI installs Chromium (.ci/run): " + message).isNotEqualTo("true");
            Assumptions.assumeTrue(false, message);
        }
        Path page = tmp.resolve("norfolk-report.html");
        Cli.Result demo = Cli.run("demo", "--format", "html", "-o", page.toString());
        assertThat(demo.exitCode()).as(demo.err()).isEqualTo(ExitCode.OK);

        Path pdf = tmp.resolve("norfolk-report.pdf");
        List<String> pdfErrors = render(browser.get(), page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
        Path kept = Path.of("..", "target", "report-in-browser");
        Files.createDirectories(kept);
        try (PrintedPdf printed = PrintedPdf.read(pdf)) {
            PrintLayout.check(printed, Jsoup.parse(page.toFile(), "UTF-8"));
            for (int n = 1; n <= 2; n++) {
                ImageIO.write(printed.render(n, 100), "png", kept.resolve("norfolk-report-print-" + n + ".png").toFile());
            }
        }

        Path png = tmp.resolve("norfolk-report.png");
        List<String> shotErrors = render(browser.get(), page, "--screenshot=" + png, "--window-size=1280,2000",
                "--hide-scrollbars");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(20);
        assertThat(ink).as("pixels that are not white").isGreaterThan(image.getWidth() * image.getHeight() / 4 / 50);

        assertThat(pdfErrors).as("what the browser said about the page while printing").isEmpty();
        assertThat(shotErrors).as("what the browser said about the page while taking the screenshot").isEmpty();

        Files.copy(png, kept.resolve("norfolk-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ImageIO.write(image.getSubimage(0, 0, 1280, 1100), "png", kept.resolve("norfolk-report-top.png").toFile());
    }

    @Test
    void aHeadingLeftAtThePageFootIsSeenInThePrintedPdfAndTheReportsStyleKeepsItWithItsTable() throws Exception {
        Optional<Path> browser = browser();
        Assumptions.assumeTrue(browser.isPresent(), "no Chromium: see the test above");
        // a block filling most of the first page, then a heading and a table that does not fit below it
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            rows.append("<tr><td>row ").append(i).append("</td><td>").append(i).append("</td></tr>");
        }
        List<List<String>> found = new ArrayList<>();
        for (String style : List.of("", "h2 { break-after: avoid; }")) {
            Path page = Files.writeString(tmp.resolve("heading-" + found.size() + ".html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>t</title><style>@page { size: A4; margin: 16mm } h2 { margin: 0 } "
                    + "table { break-inside: avoid } " + style + "</style></head><body><div style=\"height: 250mm\">block</div>"
                    + "<h2>The heading</h2><table><caption>The table</caption><thead><tr><th>a</th><th>b</th></tr></thead>"
                    + "<tbody>" + rows + "</tbody></table></body></html>");
            Path pdf = tmp.resolve("heading-" + found.size() + ".pdf");
            render(browser.get(), page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
            try (PrintedPdf printed = PrintedPdf.read(pdf)) {
                found.add(PrintLayout.headingsAtAPageFoot(printed.elements()));
            }
        }
        assertThat(found.get(0)).as("without break-after: avoid").containsExactly("'The heading' on page 1");
        assertThat(found.get(1)).as("with it, as the report's print style has (ReviewHtmlTest)").isEmpty();
    }

    /** Runs the browser headless on the page; returns the standard error lines that concern the page. */
    private List<String> render(Path browser, Path page, String... output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(output));
        command.add(page.toUri().toString());
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the browser did not finish in 120 s: " + command);
        }
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("browser exit code; its standard error:\n" + String.join("\n", lines)).isZero();
        return lines.stream().filter(l -> ABOUT_THE_PAGE.matcher(l).find()).toList();
    }

    private static Optional<Path> browser() {
        String chosen = System.getenv("OPENBCF_CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            Path path = Path.of(chosen);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : BROWSERS) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
