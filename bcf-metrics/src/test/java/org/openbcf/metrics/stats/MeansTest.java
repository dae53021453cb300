package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

class MeansTest {

    /** Published Student's t quantiles (e.g. NIST/SEMATECH table): t(0.975; 4), t(0.999; 4), t(0.975; 1). */
    private static final double T_975_4 = 2.7764451051977987;
    private static final double T_999_4 = 7.173182219782;
    private static final double T_975_1 = 12.706204736174698;

    /** Oracle: mean and sample standard deviation in BigDecimal. */
    private static double[] meanAndSd(double... values) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(values.length), mc);
        BigDecimal squares = BigDecimal.ZERO;
        for (double v : values) {
            squares = squares.add(new BigDecimal(v).subtract(mean).pow(2));
        }
        BigDecimal variance = squares.divide(BigDecimal.valueOf(values.length - 1L), mc);
        return new double[] {mean.doubleValue(), variance.sqrt(mc).doubleValue()};
    }

    @Test
    void daysOfDelayAt95And998() {
        double[] days = {2, 4, 4, 5, 7};
        double[] oracle = meanAndSd(days);
        Estimate e = Means.of(days, ConfidenceLevel.NINETY_FIVE);
        double spread = T_975_4 * oracle[1] / Math.sqrt(5);
        assertThat(e.value()).isCloseTo(4.4, Close.to(4.4));
        assertThat(e.lower()).isCloseTo(4.4 - spread, Close.to(4.4 - spread));
        assertThat(e.upper()).isCloseTo(6.655594666299041, Close.to(6.655594666299041));
        assertThat(e.method()).isEqualTo(Method.STUDENT_T);
        Estimate wide = Means.of(days, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        double spread998 = T_999_4 * oracle[1] / Math.sqrt(5);
        assertThat(wide.upper()).isCloseTo(4.4 + spread998, Close.to(4.4 + spread998));
    }

    @Test
    void twoValuesAndAllZeroValues() {
        Estimate two = Means.of(new double[] {0, 1}, ConfidenceLevel.NINETY_FIVE);
        double spread = T_975_1 * Math.sqrt(0.5) / Math.sqrt(2);
        assertThat(two.upper()).isCloseTo(0.5 + spread, Close.to(0.5 + spread));
        Estimate zeros = Means.of(new double[] {0, 0, 0}, ConfidenceLevel.NINETY_FIVE);
        assertThat(zeros.value()).isZero();
        assertThat(zeros.width()).isZero();
    }

    @Test
    void valuesFarFromZeroKeepTheirSpread() {
        double[] values = {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4};
        double[] oracle = meanAndSd(values);
        Estimate e = Means.of(values, ConfidenceLevel.NINETY_FIVE);
        Estimate summary = Means.of(4, oracle[0], oracle[1], ConfidenceLevel.NINETY_FIVE);
        assertThat(e.width()).isCloseTo(summary.width(), Close.to(summary.width()));
        assertThat(e.value()).isEqualTo(1e9 + 2.5);
    }

    @Test
    void badInputNamesTheFieldAndValue() {
        assertThatThrownBy(() -> Means.of(new double[] {1}, ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("count of values (1)");
        assertThatThrownBy(() -> Means.of(new double[] {1, Double.NaN}, ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("value 2 (NaN)");
        assertThatThrownBy(() -> Means.of(1, 2, 1, ConfidenceLevel.NINETY_FIVE)).hasMessageContaining("count (1)");
        assertThatThrownBy(() -> Means.of(3, Double.NaN, 1, ConfidenceLevel.NINETY_FIVE)).hasMessageContaining("mean (NaN)");
        assertThatThrownBy(() -> Means.of(3, 2, -1, ConfidenceLevel.NINETY_FIVE))
                .hasMessageContaining("standard deviation (-1.0)");
        assertThatThrownBy(() -> Means.of(null, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
        assertThatThrownBy(() -> Means.of(new double[] {1, 2}, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("confidence");
        assertThat(Method.STUDENT_T).hasToString("student-t");
    }
}
