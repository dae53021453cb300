package org.openbcf.core.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.openbcf.core.internal.Checks;

/**
 * A partner organisation of a BCF pooled fund, e.g. {@code NHS Norwich CCG (CCG)}.
 *
 * <p>Printed as {@code name (type)}, which {@link #parse(CharSequence)} accepts. This class is
 * immutable and thread-safe; partners are equal when name and type are.
 *
 * @param name the organisation's name, not blank
 * @param type the kind of organisation, not null
 * @since 0.1.0
 */
public record Partner(String name, PartnerType type) implements Comparable<Partner> {

    /**
     * Checks the components.
     *
     * @param name the organisation's name
     * @param type the kind of organisation
     */
    public Partner(@NotBlank String name, @NotNull PartnerType type) {
        Checks.notBlank(name, "partner name");
        Checks.notNull(type, "partner type");
        name = name.strip();
        this.name = name;
        this.type = type;
    }

    /**
     * A partner: {@code of("Norfolk County Council", PartnerType.COUNTY_COUNCIL)}.
     *
     * @param name the organisation's name, not blank
     * @param type the kind of organisation, not null
     * @return the partner, never null
     */
    public static Partner of(String name, PartnerType type) {
        return new Partner(name, type);
    }

    /**
     * Parses {@code Norfolk County Council (county council)}.
     *
     * @param text the text, not null
     * @return the partner, never null
     * @throws IllegalArgumentException when the text has no {@code (type)} suffix or an unknown type
     */
    public static Partner parse(CharSequence text) {
        Checks.notNull(text, "text");
        String trimmed = text.toString().strip();
        int open = trimmed.lastIndexOf(" (");
        if (open <= 0 || !trimmed.endsWith(")")) {
            throw new IllegalArgumentException("partner '" + trimmed + "' is not of the form 'name (type)'");
        }
        return of(trimmed.substring(0, open), PartnerType.ofLabel(trimmed.substring(open + 2, trimmed.length() - 1)));
    }

    @Override
    public int compareTo(Partner other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : type.compareTo(other.type);
    }

    /**
     * The canonical text, e.g. {@code NHS Norwich CCG (CCG)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return name + " (" + type.label() + ")";
    }
}
