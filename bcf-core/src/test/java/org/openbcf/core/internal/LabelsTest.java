package org.openbcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LabelsTest {

    private enum Colour {
        LIGHT_BLUE("Sky blue"), RED("Pillar-box red");

        private final String label;

        Colour(String label) {
            this.label = label;
        }
    }

    private static Colour colour(String text) {
        return Labels.lookup(Colour.class, "colour", text, c -> c.label);
    }

    @Test
    void matchesTheLabelOrTheNameIgnoringCaseAndSurroundingSpaces() {
        assertThat(colour("Sky blue")).isEqualTo(Colour.LIGHT_BLUE);
        assertThat(colour("  SKY BLUE\t")).isEqualTo(Colour.LIGHT_BLUE);
        assertThat(colour("light_blue")).isEqualTo(Colour.LIGHT_BLUE);
        assertThat(colour("Light Blue")).isEqualTo(Colour.LIGHT_BLUE);
        assertThat(colour("pillar-box red")).isEqualTo(Colour.RED);
        assertThat(colour("red")).isEqualTo(Colour.RED);
    }

    @Test
    void caseIsFoldedInTheRootLocaleWhateverTheDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(Labels.lookup(Colour.class, "colour", "PILLAR-BOX RED", c -> c.label)).isEqualTo(Colour.RED);
            assertThat(Labels.lookup(Colour.class, "colour", "LIGHT_BLUE", c -> c.label)).isEqualTo(Colour.LIGHT_BLUE);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownTextIsRefusedWithEveryLabelListed() {
        assertThatThrownBy(() -> colour(" green "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("colour 'green' must be one of Sky blue, Pillar-box red");
        assertThatThrownBy(() -> colour("sky  blue")).hasMessageContaining("colour 'sky  blue' must be one of");
    }

    @Test
    void nullsNameTheArgument() {
        assertThatThrownBy(() -> colour(null)).isInstanceOf(NullPointerException.class).hasMessage("colour must not be null");
        assertThatThrownBy(() -> Labels.lookup(null, "colour", "red", (Colour c) -> c.label))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> Labels.lookup(Colour.class, null, "red", c -> c.label))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("field");
        assertThatThrownBy(() -> Labels.lookup(Colour.class, "colour", "red", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("label");
    }
}
