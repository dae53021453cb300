package org.openbcf.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemeRefTest {

    // schemes spec 1.2 and data-quality issue 1: every printed form in the Norfolk 2016/17 plan
    @ParameterizedTest
    @CsvSource({"Scheme 1 - GYW, GYW1", "GYW2, GYW2", "Scheme 3 - GYW, GYW3", "NCH1, NCH1", "NCH 4, NCH4",
            "WN BCF 2, WN2", "WN BCF 5, WN5", "nn3, NN3", "Scheme 4 \u2013 gyw, GYW4", "WNBCF1, WN1"})
    void parsesEveryPrintedForm(String printed, String canonical) {
        assertThat(SchemeRef.parse(printed)).hasToString(canonical);
    }

    @Test
    void blankRefTakesTheHeadingAsNn4Does() {
        assertThat(SchemeRef.normalise("  ", SchemeRef.of("NN", 4))).isEqualTo(SchemeRef.of("NN", 4));
    }

    @Test
    void schemeNumberAloneTakesTheHeadingsAreaAsSouthNorfolkDoes() {
        assertThat(SchemeRef.normalise("Scheme 2", SchemeRef.of("SN", 2))).isEqualTo(SchemeRef.of("SN", 2));
    }

    @Test
    void fullFormMustAgreeWithTheHeading() {
        assertThat(SchemeRef.normalise("NCH 4", SchemeRef.of("NCH", 4))).isEqualTo(SchemeRef.of("NCH", 4));
        assertThatThrownBy(() -> SchemeRef.normalise("NCH 3", SchemeRef.of("NCH", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'NCH 3'").hasMessageContaining("NCH3").hasMessageContaining("heading's ref NCH4");
        assertThatThrownBy(() -> SchemeRef.normalise("Scheme 3", SchemeRef.of("SN", 2)))
                .hasMessageContaining("SN3").hasMessageContaining("SN2");
    }

    @Test
    void canonicalFormRoundTripsAndOrdersByAreaThenNumber() {
        SchemeRef ref = SchemeRef.of("WN", 12);
        assertThat(SchemeRef.parse(ref.toString())).isEqualTo(ref);
        assertThat(SchemeRef.of("NCH", 4)).isLessThan(SchemeRef.of("NN", 1));
        assertThat(SchemeRef.of("NN", 2)).isLessThan(SchemeRef.of("NN", 10));
        assertThat(SchemeRef.of("NN", 2).compareTo(SchemeRef.of("NN", 2))).isZero();
        assertThat(SchemeRef.of("NN", 2).compareTo(SchemeRef.of("NN", 1))).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"'', not of a known form", "Scheme 1, 'Scheme 1'", "1 - GYW, '1 - GYW'", "NCH, 'NCH'",
            "NCH 1000, above 999", "Scheme 1234 - GYW, above 999"})
    void rejectsUnreadableRefs(String printed, String message) {
        assertThatThrownBy(() -> SchemeRef.parse(printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsBadComponents() {
        assertThatThrownBy(() -> SchemeRef.of("nch", 1)).hasMessageContaining("scheme area 'nch'");
        assertThatThrownBy(() -> SchemeRef.of("ABCDEFGHI", 1)).hasMessageContaining("1 to 8 capital letters");
        assertThatThrownBy(() -> SchemeRef.of("NCH", 0)).hasMessageContaining("scheme number in area NCH (0)");
        assertThatThrownBy(() -> SchemeRef.of("NCH", 1000)).hasMessageContaining("(1000) must be between 1 and 999");
        assertThatThrownBy(() -> SchemeRef.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("area");
        assertThatThrownBy(() -> SchemeRef.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("printed");
        assertThatThrownBy(() -> SchemeRef.normalise(null, SchemeRef.of("NN", 1))).hasMessageContaining("printed");
        assertThatThrownBy(() -> SchemeRef.normalise("NN1", null)).hasMessageContaining("heading");
    }
}
