package org.openbcf.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FirstRowsTest {

    @Test
    void aNewKeyIsNewAndARepeatGivesTheRowOfItsFirstUse() {
        FirstRows rows = new FirstRows();
        assertThat(rows.add("NN2-R3", 4)).isEqualTo(FirstRows.NEW);
        assertThat(rows.add("NN2-R4", 5)).isEqualTo(FirstRows.NEW);
        assertThat(rows.add("NN2-R3", 9)).isEqualTo(4);
        assertThat(rows.add("nn2-r3", 10)).as("case matters").isEqualTo(FirstRows.NEW);
        assertThat(rows.add("", 11)).isEqualTo(FirstRows.NEW);
        assertThat(rows.add("", 12)).isEqualTo(11);
        assertThat(rows.size()).isEqualTo(4);
    }

    @Test
    void agreesWithAMapOfEveryKeyAcrossManyGrowths() {
        FirstRows rows = new FirstRows();
        Map<String, Long> oracle = new HashMap<>();
        for (long row = 1; row <= 200_000; row++) {
            String key = "R" + (row * 7919 % 150_001);
            Long earlier = oracle.putIfAbsent(key, row);
            assertThat(rows.add(key, row)).isEqualTo(earlier == null ? FirstRows.NEW : earlier);
        }
        assertThat(rows.size()).isEqualTo(oracle.size());
    }

    @Test
    void aRowBeyondAnIntIsRememberedAsUnknown() {
        FirstRows rows = new FirstRows();
        assertThat(rows.add("A", Integer.MAX_VALUE)).isEqualTo(FirstRows.NEW);
        assertThat(rows.add("B", Integer.MAX_VALUE + 1L)).isEqualTo(FirstRows.NEW);
        assertThat(rows.add("A", Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(rows.add("B", Long.MAX_VALUE)).isEqualTo(FirstRows.UNKNOWN_ROW);
    }

    @Test
    void refusesANullKeyAndARowBelowOne() {
        FirstRows rows = new FirstRows();
        assertThatThrownBy(() -> rows.add(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> rows.add("A", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row").hasMessageContaining("0");
        assertThat(rows.size()).isZero();
    }

    @Test
    void aFingerprintIsNeverZero() {
        assertThat(FirstRows.fingerprint("")).isNotZero();
        assertThat(FirstRows.fingerprint("A")).isNotEqualTo(FirstRows.fingerprint("B"));
    }
}
