package org.openbcf.examples.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;

class HtmlProperties {

    @Test
    void anyTextComesBackExactlyAsTextAndAsAnAttributeAndOpensNoElement() {
        qt().withFixedSeed(Generators.SEED).forAll(strings().betweenCodePoints(0x20, 0x2FF).ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    StringWriter out = new StringWriter();
                    new Html(out).open("div", "id", "x").element("p", text, "title", text).close("div");
                    Document parsed = Jsoup.parseBodyFragment(out.toString());
                    Element div = parsed.getElementById("x");
                    if (div == null || div.children().size() != 1 || !div.child(0).children().isEmpty()) {
                        throw new AssertionError("the text opened an element: " + out);
                    }
                    Element p = div.child(0);
                    // HTML allows no C1 control character: the writer puts U+FFFD in its place
                    String expected = text.replaceAll("[\\x{7F}-\\x{9F}]", "\uFFFD");
                    if (!p.wholeText().equals(expected) || !p.attr("title").equals(expected)) {
                        throw new AssertionError("'" + text + "' came back as '" + p.wholeText() + "' / '" + p.attr("title") + "'");
                    }
                });
    }
}
