package org.openbcf.examples.workbook;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings ({@code xl/sharedStrings.xml}, ECMA-376 Part 1, §18.4.9 {@code sst}),
 * read with SAX: each {@code <si>}'s text is its {@code <t>} or the {@code <t>}s of its rich-text
 * runs, phonetic runs ({@code <rPh>}) left out, as Excel shows the cell. Held in memory, bounded by
 * the part's size limit; each string at most {@link WorkbookLimits#EXCEL_MAX_CELL_TEXT} characters.
 */
final class SharedStrings extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phoneticDepth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = inItem && phoneticDepth == 0;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            if (text.length() + length > WorkbookLimits.EXCEL_MAX_CELL_TEXT) {
                throw new SheetHandler.Problem("shared string " + strings.size() + " has more than "
                        + WorkbookLimits.EXCEL_MAX_CELL_TEXT + " characters, more than Excel keeps");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                strings.add(text.toString());
            }
            case "rPh" -> phoneticDepth--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    /** How many strings the part holds. */
    int size() {
        return strings.size();
    }

    /** The string at an index from 0, which must be below {@link #size()}. */
    String get(int index) {
        return strings.get(index);
    }
}
