package org.openbcf.metrics.stats;

import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;

/** The bar {@code statistics.md} sets: agreement with the published methods to 1e-9 relative. */
final class Close {

    private Close() {
    }

    static Offset<Double> to(double expected) {
        return within(Math.max(1e-12, Math.abs(expected) * 1e-9));
    }
}
