package org.openbcf.examples.io;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.openbcf.core.Generators;
import org.junit.jupiter.api.Test;

class CsvSafetyProperties {

    @Test
    void neutralisedTextNeverStartsWithAFormulaCharacter() {
        qt().withFixedSeed(Generators.SEED).forAll(strings().allPossible().ofLengthBetween(0, 20))
                .checkAssert(text -> {
                    String safe = CsvSafety.neutralise(text);
                    boolean risky = !safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0;
                    if (risky && !safe.matches("[+-]?£?[0-9][0-9,]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?%?")) {
                        throw new AssertionError("unsafe: " + safe);
                    }
                });
    }

    @Test
    void neutralisingOnlyEverPrefixesAnApostrophe() {
        qt().withFixedSeed(Generators.SEED).forAll(strings().allPossible().ofLengthBetween(0, 20))
                .check(text -> {
                    String safe = CsvSafety.neutralise(text);
                    return safe.equals(text) || safe.equals("'" + text);
                });
    }

    @Test
    void plainNumbersAreNeverChanged() {
        qt().withFixedSeed(Generators.SEED).forAll(bigDecimals().ofBytes(8).withScale(2), integers().between(0, 1))
                .check((number, sign) -> {
                    String text = (sign == 1 && number.signum() >= 0 ? "+" : "") + number.toPlainString();
                    return CsvSafety.neutralise(text).equals(text);
                });
    }
}
