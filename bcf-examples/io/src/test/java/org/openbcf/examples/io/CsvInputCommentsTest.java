package org.openbcf.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files with {@code #} comment lines (the worked examples embedded in the jar) and CSV text that
 * openbcf writes itself: both through the io layer, rows numbered as a text editor numbers lines.
 */
class CsvInputCommentsTest {

    @TempDir
    Path dir;

    private static final Schema AREAS = Schema.of("area", "to_usual_residence", "discharged");

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("areas.csv"), text, StandardCharsets.UTF_8);
    }

    private static List<Row> rows(Path file) {
        try (CsvInput in = CsvInput.openCommented(InputFile.of(file), InputStream.nullInputStream(), AREAS)) {
            List<Row> rows = new ArrayList<>();
            in.forEach(rows::add);
            return rows;
        }
    }

    @Test
    void commentLinesAreSkippedButCounted() throws IOException {
        List<Row> rows = rows(file("# invented, not real\n# two lines, with, commas\narea,to_usual_residence,discharged\n"
                + "Area A, 132 ,150\n# a comment between rows\n\nArea B,383,400\n"));
        assertThat(rows).extracting(r -> r.text("area")).containsExactly("Area A", "Area B");
        assertThat(rows).extracting(Row::number).containsExactly(4L, 7L);
        assertThat(rows.get(0).text("to_usual_residence")).isEqualTo("132");
    }

    @Test
    void aBadRowIsNamedByItsLine() throws IOException {
        Path areas = file("# one comment\narea,to_usual_residence,discharged\n# another\nArea A,132\n");
        assertThatThrownBy(() -> rows(areas)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 4").hasMessageContaining("missing discharged");
    }

    @Test
    void theHeaderIsCheckedAgainstTheSchema() throws IOException {
        Path areas = file("# comment\narea,to_usual_residence,discharge\n");
        assertThatThrownBy(() -> rows(areas)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 2").hasMessageContaining("discharge");
    }

    @Test
    void withoutTheCommentedFormAHashIsAValue() throws IOException {
        Path areas = file("area,to_usual_residence,discharged\n#1,2,3\n");
        try (CsvInput in = CsvInput.open(InputFile.of(areas), InputStream.nullInputStream(), AREAS)) {
            assertThat(in.next().text("area")).isEqualTo("#1");
        }
    }

    @Test
    void csvTextWritesValuesAsGivenWithLineFeeds() {
        assertThat(CsvText.of(List.of(List.of("field", "value"), List.of("year", "2025/26"),
                List.of("", "a, b", "say \"hi\""))))
                .isEqualTo("field,value\nyear,2025/26\n\"\",\"a, b\",\"say \"\"hi\"\"\"\n");
        assertThat(CsvText.of(List.of())).isEmpty();
    }
}
