package org.openbcf.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.openbcf.core.internal.Checks;

/**
 * A small HTML writer that escapes everything it is given: text and attribute values go through
 * {@link #escape(String)}, and only the tag and attribute names this package spells out are written
 * as they are. Nothing from a dataset (a board's name, a finding's message) can open a tag, close an
 * attribute or start a script. Not thread-safe.
 *
 * @since 0.1.0
 */
final class Html {

    private final Writer out;

    /**
     * A writer onto a character stream.
     *
     * @param out where to write, not null; not closed
     */
    Html(Writer out) {
        this.out = Checks.notNull(out, "out");
    }

    /**
     * Escapes text for HTML content and double- or single-quoted attribute values: {@code & < > " '}
     * become character references, and a control character HTML does not allow (anything below
     * U+0020 except tab, line feed and carriage return, and U+007F to U+009F) becomes U+FFFD.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * A CSS string literal, double-quoted, for a style sheet inside the page: a backslash, a quote,
     * {@code <}, {@code >} and any character below U+0020 or from U+007F to U+009F become CSS hex escapes
     * ({@code \22 } for {@code "}), so text from a dataset can end neither the string, nor the rule, nor
     * the {@code style} element.
     *
     * @param text the text, not null
     * @return the literal with its quotes, never null
     */
    static String cssString(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"' || c == '<' || c == '>' || c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                literal.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    /**
     * Opens an element: {@code open("td", "class", "money")}.
     *
     * @param tag        the tag name, a constant of this package
     * @param attributes name and value pairs; a null value leaves the attribute out
     * @return this writer
     */
    Html open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs: " + attributes.length);
        }
        StringBuilder start = new StringBuilder("<").append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                start.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        return raw(start.append('>').toString());
    }

    /**
     * Closes an element.
     *
     * @param tag the tag name
     * @return this writer
     */
    Html close(String tag) {
        return raw("</" + tag + ">");
    }

    /**
     * Writes escaped text.
     *
     * @param text the text, not null
     * @return this writer
     */
    Html text(String text) {
        return raw(escape(text));
    }

    /**
     * Writes an element holding escaped text: {@code element("th", "Amount", "scope", "col")}.
     *
     * @param tag        the tag name
     * @param text       the text, not null
     * @param attributes name and value pairs
     * @return this writer
     */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Writes markup as it is: only for this package's constants (the style sheet, a doctype).
     *
     * @param markup the markup
     * @return this writer
     */
    Html raw(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Ends a line in the source (for a reader of the page's source; browsers ignore it).
     *
     * @return this writer
     */
    Html newline() {
        return raw("\n");
    }
}
