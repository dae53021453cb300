package org.openbcf.core.p4p;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.openbcf.core.money.Gbp;

class PenceTest {

    @Test
    void shareRoundsHalvesAwayFromZero() {
        assertThat(Pence.share(1, 1, 2)).isEqualTo(1);
        assertThat(Pence.share(-1, 1, 2)).isEqualTo(-1);
        assertThat(Pence.share(1, 1, 3)).isZero();
        assertThat(Pence.share(2, 1, 3)).isEqualTo(1);
        assertThat(Pence.share(-2, 1, 3)).isEqualTo(-1);
        assertThat(Pence.share(-1, 1, 3)).isZero();
        assertThat(Pence.share(856, 486_634_000, 3_266)).isEqualTo(127_544_000);
    }

    @Test
    void shareIsExactWhenTheProductOverflowsALong() {
        long count = 400_000_000_000L;
        long pot = 4_000_000_000_000_000L;
        long target = 1_200_000_000_001L;
        long expected = new BigDecimal(BigInteger.valueOf(count).multiply(BigInteger.valueOf(pot)))
                .divide(BigDecimal.valueOf(target), 0, RoundingMode.HALF_UP).longValueExact();
        assertThat(Pence.share(count, pot, target)).isEqualTo(expected);
    }

    @Test
    void convertsBetweenAmountsAndPence() {
        assertThat(Pence.of(Gbp.parse("354620.00"))).isEqualTo(35_462_000);
        assertThat(Gbp.formatPlain(Pence.amount(-12_218_000))).isEqualTo("-122180.00");
    }
}
