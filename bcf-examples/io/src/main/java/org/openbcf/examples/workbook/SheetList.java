package org.openbcf.examples.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets a workbook lists in {@code xl/workbook.xml}, in workbook order, each with the id of
 * the relationship that leads to its part (ECMA-376 Part 1, §18.2.19 {@code sheet}). Read with SAX,
 * not xmlbeans, so a refusal carries no xmlbeans class name. Chart sheets and dialog sheets are
 * listed too, as Excel lists them.
 */
final class SheetList extends DefaultHandler {

    /** One listed sheet, or the reason the list cannot be used. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, String> relationIds = new LinkedHashMap<>();
    private final Map<String, String> lowerCase = new LinkedHashMap<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!"sheet".equals(localName)) {
            return;
        }
        String name = attributes.getValue("name");
        String id = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("relationships")) {
                id = attributes.getValue(i);
            }
        }
        if (name == null || name.isBlank() || id == null) {
            throw new Problem("the list of sheets has a sheet with no name or no part");
        }
        String earlier = lowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        if (earlier != null) {
            throw new Problem("the list of sheets names '" + earlier + "' twice");
        }
        relationIds.put(name, id);
    }

    /** The sheet names in workbook order. */
    List<String> names() {
        return List.copyOf(new ArrayList<>(relationIds.keySet()));
    }

    /** The relationship id of each sheet, by name. */
    Map<String, String> relationIds() {
        return Map.copyOf(relationIds);
    }

    /** Each sheet's name as listed, by its name in lower case (Excel's names ignore case). */
    Map<String, String> byLowerCase() {
        return Map.copyOf(lowerCase);
    }
}
