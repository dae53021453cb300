package org.openbcf.review;

import java.util.List;
import java.util.Map;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.internal.Checks;

/**
 * Where a finding's figure was read, for the one who has to act on it: the library names a figure by
 * its dotted path ({@code risks.R2.statedScore}); a reader of a file records each path's place as it
 * reads ({@code risks.csv row 3, column stated_score}), and this class puts the place in the finding.
 * A path with no place of its own takes its nearest recorded parent's ({@code yearEnd.lines[7].comment},
 * then {@code yearEnd.lines[7]}, {@code yearEnd.lines}, {@code yearEnd}); a path with none keeps its
 * dotted form. Every amount and figure of the finding is kept. The library's own findings are not
 * changed: this is for the edge where the rows are known ({@code bcf review}, {@code bcf risk}, ...).
 *
 * @since 0.1.0
 */
public final class FindingPlaces {

    private FindingPlaces() {
    }

    /**
     * The finding at the place its figure was read.
     *
     * @param finding the library's finding, not null
     * @param places  the places by dotted path, as a reader recorded them, not null
     * @return the finding with the place as its {@code where}, or the finding itself when no place is known
     */
    public static Finding locate(Finding finding, Map<String, String> places) {
        return locate(finding, places, "");
    }

    /**
     * The finding at the place its figure was read, a path first looked up under a prefix that tells
     * apart figures the library names alike (e.g. {@code actual.} for the actual fund's).
     *
     * @param finding the library's finding, not null
     * @param places  the places by dotted path, not null
     * @param context a prefix tried first, not null (may be empty)
     * @return the finding with the place as its {@code where}, or the finding itself when no place is known
     */
    public static Finding locate(Finding finding, Map<String, String> places, String context) {
        Checks.notNull(finding, "finding");
        Checks.notNull(places, "places");
        Checks.notNull(context, "context");
        String where = finding.where();
        String place = null;
        for (String key : List.of(context + where, where)) {
            for (String k = key; place == null && !k.isEmpty(); k = parent(k)) {
                place = places.get(k);
            }
            if (place != null) {
                break;
            }
        }
        return place == null ? finding : new Finding(finding.rule(), finding.severity(), place, finding.message(),
                finding.amounts(), finding.figures());
    }

    /**
     * Each finding at the place its figure was read ({@link #locate(Finding, Map)}), in order.
     *
     * @param findings the library's findings, not null
     * @param places   the places by dotted path, not null
     * @return the findings, never null
     */
    public static List<Finding> locate(Iterable<Finding> findings, Map<String, String> places) {
        Checks.notNull(findings, "findings");
        List<Finding> located = new java.util.ArrayList<>();
        findings.forEach(f -> located.add(locate(f, places)));
        return List.copyOf(located);
    }

    /** {@code yearEnd.lines[7].comment} → {@code yearEnd.lines[7]} → {@code yearEnd.lines} → {@code yearEnd}. */
    private static String parent(String path) {
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return dot <= 0 ? "" : path.substring(0, dot);
    }
}
