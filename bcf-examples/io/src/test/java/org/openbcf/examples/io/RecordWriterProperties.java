package org.openbcf.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openbcf.core.Generators;
import org.openbcf.core.number.Numbers;

/**
 * Laws of the one number rule ({@link RecordWriter#plain(double)}): for every finite double, tiny or
 * huge, the text is plain decimal notation that reads back as exactly the same double (by the one
 * number grammar, {@link Numbers}, for every text of at most its 40 characters: 10<sup>-20</sup> to
 * 10<sup>20</sup> and beyond), and a whole number has no fraction.
 */
class RecordWriterProperties {

    @Test
    void everyFiniteDoublePrintsPlainAndReadsBackExactly() {
        qt().withFixedSeed(Generators.SEED).withExamples(5_000)
                .forAll(doubles().any())
                .assuming(Double::isFinite)
                .checkAssert(d -> {
                    String text = RecordWriter.plain(d);
                    assertThat(text).doesNotContainIgnoringCase("e").doesNotEndWith(".0");
                    assertThat(new BigDecimal(text).doubleValue()).isEqualTo(d == 0 ? 0.0 : d);
                    if (text.length() <= Numbers.MAX_LENGTH) {
                        // e.g. every statistic's figure: 0.000000000000000025 to 10^20 fit in 40 characters
                        assertThat(Numbers.parseDecimal(text, "value").doubleValue()).isEqualTo(d == 0 ? 0.0 : d);
                    }
                });
    }

    @Test
    void everyDoubleOfAStatisticsMagnitudeIsReadByTheNumberGrammar() {
        qt().withFixedSeed(Generators.SEED).withExamples(5_000)
                .forAll(doubles().between(-20, 20), doubles().between(1, 10))
                .checkAssert((exponent, mantissa) -> {
                    double d = mantissa * Math.pow(10, Math.floor(exponent));
                    String text = RecordWriter.plain(d);
                    assertThat(text.length()).isLessThanOrEqualTo(Numbers.MAX_LENGTH);
                    assertThat(Numbers.parseDecimal(text, "value").doubleValue()).isEqualTo(d);
                });
    }

    @Test
    void wholeNumbersPrintWithoutAFraction() {
        qt().withFixedSeed(Generators.SEED).withExamples(2_000)
                .forAll(longs().between(-(1L << 53), 1L << 53))
                .checkAssert(n -> {
                    assertThat(RecordWriter.plain(n)).isEqualTo(Long.toString(n));
                    assertThat(Figure.count(n).toString()).isEqualTo(Long.toString(n));
                });
    }
}
