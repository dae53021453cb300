package org.openbcf.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkbookLimitsTest {

    @Test
    void theDefaultsAreDocumentedFigures() {
        WorkbookLimits limits = WorkbookLimits.DEFAULT;
        assertThat(limits.maxFileBytes()).isEqualTo(52_428_800L);
        assertThat(limits.maxPartBytes()).isEqualTo(104_857_600L);
        assertThat(limits.maxExpansion()).isEqualTo(100);
        assertThat(limits.maxTotalBytes()).isEqualTo(268_435_456L);
        assertThat(limits.maxRowsPerSheet()).isEqualTo(1_048_576);
        assertThat(limits.maxCellsPerSheet()).isEqualTo(16_777_216L);
    }

    @Test
    void eachLimitCanBeChangedAloneAndTheOthersStay() {
        WorkbookLimits d = WorkbookLimits.DEFAULT;
        assertThat(d.withMaxFileBytes(1)).isEqualTo(new WorkbookLimits(1, d.maxPartBytes(), d.maxExpansion(), d.maxTotalBytes(),
                d.maxRowsPerSheet(), d.maxCellsPerSheet()));
        assertThat(d.withMaxPartBytes(2)).isEqualTo(new WorkbookLimits(d.maxFileBytes(), 2, d.maxExpansion(), d.maxTotalBytes(),
                d.maxRowsPerSheet(), d.maxCellsPerSheet()));
        assertThat(d.withMaxExpansion(3)).isEqualTo(new WorkbookLimits(d.maxFileBytes(), d.maxPartBytes(), 3, d.maxTotalBytes(),
                d.maxRowsPerSheet(), d.maxCellsPerSheet()));
        assertThat(d.withMaxTotalBytes(4)).isEqualTo(new WorkbookLimits(d.maxFileBytes(), d.maxPartBytes(), d.maxExpansion(), 4,
                d.maxRowsPerSheet(), d.maxCellsPerSheet()));
        assertThat(d.withMaxRowsPerSheet(5)).isEqualTo(new WorkbookLimits(d.maxFileBytes(), d.maxPartBytes(), d.maxExpansion(),
                d.maxTotalBytes(), 5, d.maxCellsPerSheet()));
        assertThat(d.withMaxCellsPerSheet(6)).isEqualTo(new WorkbookLimits(d.maxFileBytes(), d.maxPartBytes(), d.maxExpansion(),
                d.maxTotalBytes(), d.maxRowsPerSheet(), 6));
    }

    @Test
    void everyLimitMustBeAtLeastOne() {
        WorkbookLimits d = WorkbookLimits.DEFAULT;
        assertThatThrownBy(() -> d.withMaxFileBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFileBytes (0) must be at least 1");
        assertThatThrownBy(() -> d.withMaxPartBytes(-1)).hasMessage("maxPartBytes (-1) must be at least 1");
        assertThatThrownBy(() -> d.withMaxExpansion(0)).hasMessage("maxExpansion (0) must be at least 1");
        assertThatThrownBy(() -> d.withMaxTotalBytes(0)).hasMessage("maxTotalBytes (0) must be at least 1");
        assertThatThrownBy(() -> d.withMaxRowsPerSheet(0)).hasMessage("maxRowsPerSheet (0) must be at least 1");
        assertThatThrownBy(() -> d.withMaxCellsPerSheet(0)).hasMessage("maxCellsPerSheet (0) must be at least 1");
    }
}
