package org.openbcf.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbcf.examples.io.BadInputException;

/** Every new kind keeps the check's refusals: an encrypted file, a zip bomb and a file over the size limit. */
class KindRefusalsTest {

    @TempDir
    Path dir;

    static Stream<String> mappings() {
        return Stream.of(PoolCheckTest.MAPPING, ExpenditurePlanCheckTest.MAPPING, PrioritiesCheckTest.MAPPING,
                DischargeFundCheckTest.MAPPING, TargetCheckTest.MAPPING, ProfileCheckTest.MAPPING, ConditionsCheckTest.MAPPING,
                StatisticCheckTest.RATE, StatisticCheckTest.PROPORTION, StatisticCheckTest.DSR);
    }

    private Path workbook(String mapping) {
        String sheet = mapping.lines().filter(l -> l.startsWith("sheet = ")).findFirst().orElseThrow().substring(8);
        return TestWorkbooks.write(dir.resolve("plain.xlsx"), wb -> TestWorkbooks.set(wb.createSheet(sheet), "A1", "x"), wb -> { });
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void anEncryptedWorkbookIsRefused(String mapping) {
        Path locked = TestWorkbooks.encrypt(workbook(mapping), dir.resolve("locked.xlsx"));
        CheckMapping parsed = CheckMapping.parse(mapping, "mapping kind.properties");

        assertThatThrownBy(() -> SpreadsheetCheck.run(locked, parsed, BigDecimal.ZERO, CheckLimits.DEFAULT))
                .isInstanceOf(BadInputException.class).hasMessageContaining("the workbook is encrypted");
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void aZipBombIsRefused(String mapping) {
        Path bomb = TestWorkbooks.zipBomb(workbook(mapping), dir.resolve("bomb.xlsx"), 64);
        CheckMapping parsed = CheckMapping.parse(mapping, "mapping kind.properties");

        assertThatThrownBy(() -> SpreadsheetCheck.run(bomb, parsed, BigDecimal.ZERO, CheckLimits.DEFAULT))
                .isInstanceOf(BadInputException.class).hasMessageContaining("zip bomb");
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void aFileOverTheSizeLimitIsRefused(String mapping) {
        Path plain = workbook(mapping);
        CheckMapping parsed = CheckMapping.parse(mapping, "mapping kind.properties");

        assertThat(parsed.outputs()).isNotEmpty();
        assertThatThrownBy(() -> SpreadsheetCheck.run(plain, parsed, BigDecimal.ZERO, CheckLimits.DEFAULT.withMaxFileBytes(1_000)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("the largest openbcf checks is 1000 bytes");
    }
}
