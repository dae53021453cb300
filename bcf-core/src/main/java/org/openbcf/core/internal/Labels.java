package org.openbcf.core.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up an enum constant by the label a template or a command line writes, with one case policy
 * for every openbcf enum: case is ignored (in the root locale) and so are surrounding spaces, and the
 * constant's own name is accepted too, with spaces for its underscores ({@code number of beds} and
 * {@code NUMBER_OF_BEDS} both name {@code ImpactUnit.NUMBER_OF_BEDS}). A text that names nothing is
 * refused with the values listed from the enum itself, e.g.
 * {@code partner type 'trust' must be one of county council, CCG, ICB, district council, NHS trust, other}.
 *
 * <p>Not part of the public API: the package is exported only to openbcf's own modules.
 *
 * @since 0.1.0
 */
public final class Labels {

    private Labels() {
    }

    /**
     * The constant whose label or name is the text, under the case policy above.
     *
     * @param type  the enum, not null
     * @param field what the text is, for the message, e.g. {@code "partner type"}, not null
     * @param text  the text, not null
     * @param label each constant's label, e.g. {@code PartnerType::label}, not null
     * @param <E>   the enum type
     * @return the constant, never null
     * @throws NullPointerException     naming the field when the text is null
     * @throws IllegalArgumentException naming the field, the text and every label when nothing matches
     */
    public static <E extends Enum<E>> E lookup(Class<E> type, String field, CharSequence text, Function<E, String> label) {
        Checks.notNull(type, "type");
        Checks.notNull(field, "field");
        Checks.notNull(label, "label");
        String wanted = normalise(Checks.notNull(text, field).toString());
        for (E constant : type.getEnumConstants()) {
            if (normalise(label.apply(constant)).equals(wanted) || normalise(constant.name()).equals(wanted)
                    || normalise(constant.name().replace('_', ' ')).equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + " '" + text.toString().strip() + "' must be one of "
                + EnumSet.allOf(type).stream().map(label).collect(Collectors.joining(", ")));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
