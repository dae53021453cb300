package org.openbcf.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The one number rule of the output layer (issue 24 section 3): CSV and JSON print plain decimals at
 * full precision and whole numbers without a fraction; a table rounds figures for people.
 */
class RecordWriterTest {

    private static String write(Format format, Object... values) {
        StringWriter out = new StringWriter();
        RecordWriter writer = RecordWriter.of(format, out, List.of("a", "b", "c").subList(0, values.length));
        writer.row(values);
        writer.finish();
        return out.toString();
    }

    @Test
    void csvPrintsPlainDecimalsNeverAnExponent() {
        assertThat(write(Format.CSV, 1.106275903198847E-5, 1.2E7, 400.0))
                .isEqualTo("a,b,c\n0.00001106275903198847,12000000,400\n");
        assertThat(write(Format.CSV, Figure.of(1.0E-300, 1), Figure.count(15_128_673_354L), -0.0))
                .isEqualTo("a,b,c\n0." + "0".repeat(299) + "1,15128673354,0\n");
    }

    @Test
    void jsonPrintsPlainNumbersAtFullPrecision() {
        assertThat(write(Format.JSON, 1.106275903198847E-5, Figure.of(1.2E7, 1), 400.0))
                .isEqualTo("{\"rows\":[{\"a\":0.00001106275903198847,\"b\":12000000,\"c\":400}],\"findings\":[]}\n");
        assertThat(write(Format.JSON, Double.NaN)).contains("\"a\":\"NaN\"");
    }

    @Test
    void aTableRoundsFiguresAsPublishedWithThousandsSeparators() {
        String table = write(Format.TABLE, Figure.of(1980.0000000000002, 1), Figure.of(0.1234567, 3), 15_128_673_354L);
        assertThat(table).contains("1,980.0").contains("0.123").contains("15,128,673,354");
        assertThat(Figure.of(2.25, 1).forPeople()).isEqualTo("2.3");
        assertThat(Figure.of(-1234.5, 0).forPeople()).isEqualTo("-1,235");
        assertThat(Figure.of(1.005, 2).forPeople()).isEqualTo("1.01");
        assertThat(Figure.count(400).forPeople()).isEqualTo("400");
        assertThat(Figure.of(Double.POSITIVE_INFINITY, 1).forPeople()).isEqualTo("Infinity");
    }
}
