package org.openbcf.examples.workbook;

import java.util.regex.Pattern;

import org.openbcf.examples.io.BadInputException;

/**
 * Turns what POI, the zip layer and the XML parser throw into one line in words: a limit, a document
 * type (XXE, billion laughs) or a corrupt file, with no Java class names. An {@link OutOfMemoryError}
 * is never passed here: it is not bad input, and is never reported as a zip bomb (issue 16).
 */
final class Failures {

    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");
    private static final int MAX_DETAIL = 200;

    /** What {@link #reason} calls the whole file. */
    static final String WORKBOOK = "the workbook";

    private Failures() {
    }

    static String partTooLarge(WorkbookLimits limits) {
        return "a part of the workbook expands beyond openbcf's limits (at most " + limits.maxPartBytes()
                + " bytes, at most " + limits.maxExpansion() + " times its compressed size); it may be a zip bomb";
    }

    /** The openbcf refusal in a cause chain, if there is one: it already names the file. */
    static BadInputException badInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) {
                return bad;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * Why a workbook or part cannot be read, e.g. {@code refused: a part of the workbook expands ...}.
     *
     * @param e      what was thrown
     * @param limits the limits in force
     * @param what   what could not be read, e.g. {@code the workbook}
     * @return the reason, one line
     */
    static String reason(Throwable e, WorkbookLimits limits, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CountedPart.LimitExceeded) {
                return "refused: " + t.getMessage();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")
                    || message.contains("maximum") && message.contains("size")
                    || message.contains("would exceed the max")) {
                return "refused: " + partTooLarge(limits);
            }
            if (message.contains("DOCTYPE") || message.contains("entity") && message.contains("limit")) {
                return "refused: its XML declares a document type (DOCTYPE), which an .xlsx never has; "
                        + "openbcf expands no entities (this is how XXE and billion-laughs attacks begin)";
            }
        }
        return "cannot read " + what + (what.equals(WORKBOOK) ? ", it is corrupt or not an .xlsx file (" : ", its XML is corrupt (")
                + detail(e) + ")";
    }

    static String detail(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; (message == null || message.isBlank()) && t.getCause() != null && t.getCause() != t; ) {
            t = t.getCause();
            message = t.getMessage();
        }
        if (message == null || message.isBlank()) {
            return "no further detail";
        }
        String plain = CLASS_NAME.matcher(message).replaceAll("").replace('\n', ' ').strip();
        return plain.length() > MAX_DETAIL ? plain.substring(0, MAX_DETAIL) + "…" : plain;
    }
}
