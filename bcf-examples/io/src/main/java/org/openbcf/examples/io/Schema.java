package org.openbcf.examples.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openbcf.core.internal.Checks;

/**
 * The columns a CSV file may have: the required ones and the optional ones, by name, in the order
 * messages list them, e.g. {@code quarter,baseline,plan,actual[,agreed_payment,comment,case]}.
 *
 * <p>A file's header names columns in any order; names are matched ignoring case and surrounding
 * spaces. A missing required column, a column named twice and a column the schema does not know are
 * refused (the last with the nearest known name), so a misspelt optional column is never silently
 * ignored. This class is immutable.
 *
 * @param required   the columns every file has, not null, at least one
 * @param optional   the columns a file may have, not null
 * @param keepsOthers whether a file may have other columns too, kept as they are for the caller to pass
 *                   through (a name near a known one is still refused as a likely misspelling)
 * @since 0.1.0
 */
public record Schema(List<String> required, List<String> optional, boolean keepsOthers) {

    /**
     * Checks and copies the lists; names are lower case, distinct and not blank.
     *
     * @param required    the required columns
     * @param optional    the optional columns
     * @param keepsOthers whether other columns are kept
     */
    public Schema {
        required = List.copyOf(Checks.notNull(required, "required"));
        optional = List.copyOf(Checks.notNull(optional, "optional"));
        if (required.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one required column");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String name : all(required, optional)) {
            Checks.notBlank(name, "column name");
            if (!name.equals(canonical(name)) || !seen.add(name)) {
                throw new IllegalArgumentException("column name '" + name + "' must be lower case, trimmed and distinct");
            }
        }
    }

    /**
     * A schema of required and optional columns that refuses any other column.
     *
     * @param required the required columns
     * @param optional the optional columns
     */
    public Schema(List<String> required, List<String> optional) {
        this(required, optional, false);
    }

    /**
     * This schema, also keeping any other column a file has (e.g. a risk register's description, owner
     * and mitigation), for the caller to pass through; a name near a known column (a likely misspelling,
     * {@link #nearest(String)}) is still refused.
     *
     * @return a new schema, never null
     */
    public Schema keepingOthers() {
        return new Schema(required, optional, true);
    }

    /**
     * Whether a file may have the column: a known one, or any other that is not a likely misspelling of
     * a known one when this schema keeps others.
     *
     * @param name a canonical name
     * @return true when the column is accepted
     */
    public boolean accepts(String name) {
        return knows(name) || keepsOthers && nearest(name).isEmpty();
    }

    /**
     * A schema of required columns; add optional ones with {@link #optional(String...)}.
     *
     * @param required the required columns, at least one
     * @return the schema, never null
     */
    public static Schema of(String... required) {
        return new Schema(List.of(required), List.of());
    }

    /**
     * This schema with more optional columns.
     *
     * @param more the optional columns
     * @return a new schema, never null
     */
    public Schema optional(String... more) {
        List<String> names = new ArrayList<>(optional);
        names.addAll(List.of(more));
        return new Schema(required, names, keepsOthers);
    }

    /**
     * Every column, required first.
     *
     * @return the names, never null
     */
    public List<String> columns() {
        return all(required, optional);
    }

    /**
     * Whether the schema knows the column.
     *
     * @param name a canonical name
     * @return true when required or optional
     */
    public boolean knows(String name) {
        return required.contains(name) || optional.contains(name);
    }

    /**
     * The header a message shows, e.g. {@code quarter,baseline,plan,actual[,agreed_payment]}.
     *
     * @return the text, never null
     */
    public String describe() {
        return String.join(",", required) + (optional.isEmpty() ? "" : "[," + String.join(",", optional) + "]")
                + (keepsOthers ? "[,any other column]" : "");
    }

    /**
     * A header cell as the schema compares it: lower case, without surrounding spaces.
     *
     * @param header the cell, not null
     * @return the canonical name
     */
    public static String canonical(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The known column nearest to a name (fewest edits), for "did you mean" in messages, when it is
     * near enough to be a likely misspelling (at most a third of the name's letters, and at least two,
     * differ).
     *
     * @param name the unknown name, not null
     * @return the nearest known column, or empty when none is near
     */
    public java.util.Optional<String> nearest(String name) {
        return nearest(name, columns());
    }

    /**
     * The name among {@code known} nearest to {@code name} (fewest edits), when near enough to be a
     * likely misspelling: at most a third of the name's letters, and at least two, differ. The one
     * "did you mean" rule of the command line, for columns, dataset files and fields, and mapping keys.
     *
     * @param name  the unknown name, not null
     * @param known the valid names, not null
     * @return the nearest valid name, or empty when none is near
     */
    public static java.util.Optional<String> nearest(String name, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? java.util.Optional.ofNullable(best) : java.util.Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> all(List<String> required, List<String> optional) {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }
}
