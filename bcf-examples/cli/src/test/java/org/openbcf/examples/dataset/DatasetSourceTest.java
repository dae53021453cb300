package org.openbcf.examples.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.demo.NorfolkData;
import org.openbcf.review.Dataset;

class DatasetSourceTest {

    @Test
    void anEmbeddedFolderFindsItsTablesBesideItsOwnEntry() {
        DatasetSource source = new DatasetSource.Embedded(NorfolkData.DATASETS + "norfolk-2015-16");
        assertThat(source.name()).isEqualTo("norfolk-2015-16");
        assertThat(List.of(DatasetFormat.BOARD, DatasetFormat.CONTRIBUTIONS, DatasetFormat.P4P)).allMatch(source::has);
        // 2015/16 has no risk register, metrics or Discharge Fund tab
        assertThat(List.of(DatasetFormat.RISKS, DatasetFormat.METRICS, DatasetFormat.DISCHARGE_FUND)).noneMatch(source::has);
        assertThat(source.has("no-such-table")).isFalse();
    }

    @Test
    void aFolderWithoutItsOwnEntryIsLookedUpOnTheClassPath() {
        // no such folder in the jar: the class path is asked for each file, and has none
        DatasetSource source = new DatasetSource.Embedded("/norfolk-data/datasets/norfolk-1999-00/");
        assertThat(source.name()).isEqualTo("norfolk-1999-00");
        assertThat(source.has(DatasetFormat.BOARD)).isFalse();
    }

    @Test
    void norfolksDatasetsAreReadOnceAndShared() {
        List<Dataset> first = NorfolkData.datasets();
        assertThat(NorfolkData.datasets()).hasSize(3).zipSatisfy(first, (again, before) -> assertThat(again).isSameAs(before));
        assertThat(NorfolkData.dataset(FinancialYear.parse("2016/17"))).isSameAs(first.get(1));
        // and each is what a fresh read of its folder gives
        assertThat(first.get(0)).isEqualTo(DatasetReader.embedded(NorfolkData.DATASETS + "norfolk-2015-16"));
    }
}
