package org.openbcf.examples.demo;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF that a browser printed, read with PDFBox: each page's size and the text in its top and bottom
 * margins (the running header and the page number), and its tagged structure. Chromium writes a tagged
 * PDF: a heading, a table, a table row and a chart are structure elements whose marked content lies on
 * the pages where they were printed, so a row cut across two pages is a row with content on two pages,
 * and a header row repeated on a continuation page is a header row with content on each page.
 */
final class PrintedPdf implements AutoCloseable {

    /** The height of the top and bottom page margins read as header and footer: 16 mm in points. */
    static final float MARGIN = 16 / 25.4f * 72;

    /**
     * A page.
     *
     * @param number its number, from 1
     * @param width  its width in points
     * @param height its height in points
     * @param top    the text in its top margin, stripped
     * @param bottom the text in its bottom margin, stripped
     */
    record Page(int number, float width, float height, String top, String bottom) {
    }

    /**
     * A structure element.
     *
     * @param type the structure type ({@code Table}, {@code TR}, {@code H}, {@code Figure}, ...)
     * @param text its text on each page it lies on, by page number
     * @param top  the top of its text on each page, points from the top of the page
     * @param kids its child elements
     */
    record Element(String type, Map<Integer, String> text, Map<Integer, Float> top, List<Element> kids) {

        /** The pages this element's content lies on, in order. */
        Set<Integer> pages() {
            return text.keySet();
        }

        /** The element's text on all its pages. */
        String allText() {
            return String.join(" ", text.values());
        }

        /** Every element below this one, depth first, in document order. */
        List<Element> descendants() {
            List<Element> all = new ArrayList<>();
            for (Element kid : kids) {
                all.add(kid);
                all.addAll(kid.descendants());
            }
            return all;
        }
    }

    private final PDDocument document;
    private final Map<PDPage, Map<Integer, StringBuilder>> text = new HashMap<>();
    private final Map<PDPage, Map<Integer, Float>> tops = new HashMap<>();

    private PrintedPdf(PDDocument document) throws IOException {
        this.document = document;
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, StringBuilder> byId = new HashMap<>();
            Map<Integer, Float> topById = new HashMap<>();
            collect(extractor.getMarkedContents(), null, byId, topById);
            text.put(page, byId);
            tops.put(page, topById);
        }
    }

    /**
     * Reads a PDF.
     *
     * @param file the PDF
     * @return the document, to close
     * @throws IOException when it cannot be read
     */
    static PrintedPdf read(Path file) throws IOException {
        return new PrintedPdf(Loader.loadPDF(file.toFile()));
    }

    private static void collect(List<PDMarkedContent> contents, Integer outer, Map<Integer, StringBuilder> text,
                                Map<Integer, Float> tops) {
        for (PDMarkedContent content : contents) {
            Integer id = content.getMCID() >= 0 ? Integer.valueOf(content.getMCID()) : outer;
            for (Object o : content.getContents()) {
                if (o instanceof TextPosition t && id != null) {
                    text.computeIfAbsent(id, k -> new StringBuilder()).append(t.getUnicode());
                    tops.merge(id, t.getYDirAdj() - t.getHeightDir(), Math::min);
                } else if (o instanceof PDMarkedContent inner) {
                    collect(List.of(inner), id, text, tops);
                }
            }
        }
    }

    /** The pages, in order. */
    List<Page> pages() throws IOException {
        List<Page> pages = new ArrayList<>();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            PDFTextStripperByArea margins = new PDFTextStripperByArea();
            margins.addRegion("top", new Rectangle2D.Float(0, 0, width, MARGIN));
            margins.addRegion("bottom", new Rectangle2D.Float(0, height - MARGIN, width, MARGIN));
            margins.extractRegions(page);
            pages.add(new Page(n, width, height, margins.getTextForRegion("top").strip(),
                    margins.getTextForRegion("bottom").strip()));
        }
        return pages;
    }

    /** The structure elements below the document's root, in document order, depth first. */
    List<Element> elements() {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            throw new AssertionError("the PDF is not tagged: no structure tree");
        }
        List<Element> all = new ArrayList<>();
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e) {
                Element element = element(e, null);
                all.add(element);
                all.addAll(element.descendants());
            }
        }
        return all;
    }

    private Element element(PDStructureElement e, PDPage inherited) {
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        Map<Integer, StringBuilder> byPage = new TreeMap<>();
        Map<Integer, Float> top = new TreeMap<>();
        List<Element> kids = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) {
                content(page, mcid, byPage, top);
            } else if (kid instanceof PDMarkedContentReference reference) {
                content(reference.getPage() != null ? reference.getPage() : page, reference.getMCID(), byPage, top);
            } else if (kid instanceof PDStructureElement child) {
                Element k = element(child, page);
                kids.add(k);
                k.text().forEach((p, t) -> byPage.computeIfAbsent(p, x -> new StringBuilder()).append(t).append(' '));
                k.top().forEach((p, y) -> top.merge(p, y, Math::min));
            }
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        byPage.forEach((p, t) -> texts.put(p, t.toString()));
        return new Element(e.getStructureType(), texts, top, kids);
    }

    private void content(PDPage page, int mcid, Map<Integer, StringBuilder> byPage, Map<Integer, Float> top) {
        if (page == null) {
            return;
        }
        int number = document.getPages().indexOf(page) + 1;
        StringBuilder t = text.get(page).get(mcid);
        byPage.computeIfAbsent(number, x -> new StringBuilder()).append(t == null ? "" : t).append(' ');
        Float y = tops.get(page).get(mcid);
        if (y != null) {
            top.merge(number, y, Math::min);
        }
    }

    /**
     * Renders a page to an image.
     *
     * @param number the page number, from 1
     * @param dpi    the resolution
     * @return the image
     * @throws IOException when it cannot be rendered
     */
    BufferedImage render(int number, float dpi) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(number - 1, dpi);
    }

    /**
     * Text as a multiset of characters, for comparing a row printed across columns and lines with the
     * row in the page: compatibility-normalised (a printed ligature is its letters), without white
     * space, sorted.
     *
     * @param text the text
     * @return its characters, sorted
     */
    static String letters(String text) {
        int[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).sorted().toArray();
        return new String(chars, 0, chars.length);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
