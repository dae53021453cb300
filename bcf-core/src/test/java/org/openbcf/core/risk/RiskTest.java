package org.openbcf.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class RiskTest {

    @Test
    void aRiskFromTheNn2Template() {
        // schemes and risks, section 2.3: NN2 R3, likelihood 4, severity 5, stated 20
        Risk risk = Risk.of(" NN2-R3 ", "County-wide projects may inhibit progress", 4, 5, "Steering Group")
                .withStatedScore(20).withSchemeRef(" NN2 ").withOwner("Commissioning Manager");
        assertThat(risk.id()).isEqualTo("NN2-R3");
        assertThat(risk.product()).isEqualTo(20);
        assertThat(risk.statedScore()).hasValue(20);
        assertThat(risk.schemeRef()).hasValue("NN2");
        assertThat(risk.owner()).hasValue("Commissioning Manager");
        assertThat(risk.description()).isEqualTo("County-wide projects may inhibit progress");
        assertThat(risk.mitigation()).isEqualTo("Steering Group");
    }

    @Test
    void aCommandLineRowHasOnlyLevels() {
        Risk risk = Risk.of("R1", 3, 4);
        assertThat(risk.description()).isEmpty();
        assertThat(risk.mitigation()).isEmpty();
        assertThat(risk.statedScore()).isEmpty();
        assertThat(risk.owner()).isEmpty();
        assertThat(risk.schemeRef()).isEmpty();
        assertThat(risk.product()).isEqualTo(12);
    }

    @Test
    void levelsMustBePositiveAndAtMostAThousand() {
        assertThatThrownBy(() -> Risk.of("R1", 0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likelihood of risk R1 (0) must be between 1 and 1,000");
        assertThatThrownBy(() -> Risk.of("R1", 4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact of risk R1 (0) must be between 1 and 1,000");
        assertThatThrownBy(() -> Risk.of("R1", 1001, 1)).hasMessageContaining("likelihood of risk R1 (1001)");
        assertThatThrownBy(() -> Risk.of("R1", 1, 1001)).hasMessageContaining("impact of risk R1 (1001)");
        assertThat(Risk.of("R1", 1000, 1000).product()).isEqualTo(Risk.MAX_SCORE);
    }

    @Test
    void statedScoresMustBePositive() {
        assertThatThrownBy(() -> Risk.of("R1", 1, 1).withStatedScore(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stated score of risk R1 (0) must be between 1 and 1,000,000");
        assertThatThrownBy(() -> Risk.of("R1", 1, 1).withStatedScore(1_000_001)).hasMessageContaining("(1000001)");
        assertThat(Risk.of("R1", 1, 1).withStatedScore(1).statedScore()).hasValue(1);
    }

    @Test
    void textsAreRequired() {
        assertThatThrownBy(() -> Risk.of(" ", 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("risk id must not be blank");
        assertThatThrownBy(() -> Risk.of(null, 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("risk id must not be null");
        assertThatThrownBy(() -> Risk.of("R1", null, 1, 1, "")).hasMessageContaining("description");
        assertThatThrownBy(() -> Risk.of("R1", "", 1, 1, null)).hasMessageContaining("mitigation");
        assertThatThrownBy(() -> Risk.of("R1", 1, 1).withOwner(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("owner of risk R1 must not be blank");
        assertThatThrownBy(() -> Risk.of("R1", 1, 1).withSchemeRef("")).hasMessage("scheme ref of risk R1 must not be blank");
        assertThatThrownBy(() -> Risk.of("R1", 1, 1).withOwner(null)).hasMessageContaining("owner");
        assertThatThrownBy(() -> Risk.of("R1", 1, 1).withSchemeRef(null)).hasMessageContaining("schemeRef");
        assertThatThrownBy(() -> new Risk("R1", "", 1, 1, null, "", Optional.empty(), Optional.empty()))
                .hasMessageContaining("statedScore");
        assertThatThrownBy(() -> new Risk("R1", "", 1, 1, OptionalInt.empty(), "", null, Optional.empty()))
                .hasMessageContaining("owner of risk R1");
        assertThatThrownBy(() -> new Risk("R1", "", 1, 1, OptionalInt.empty(), "", Optional.empty(), null))
                .hasMessageContaining("scheme ref of risk R1");
    }

    @Test
    void hostValidatorsSeeTheSameRulesOnTheConstructorParameters() throws NoSuchMethodException {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            var constructor = Risk.class.getConstructor(String.class, String.class, int.class, int.class,
                    OptionalInt.class, String.class, Optional.class, Optional.class);
            assertThat(factory.getValidator().forExecutables().validateConstructorParameters(constructor,
                    new Object[] {" ", "", 0, 1001, OptionalInt.empty(), null, Optional.empty(), Optional.empty()}))
                    .extracting(v -> v.getPropertyPath() + " " + v.getMessage()).containsExactlyInAnyOrder(
                            "Risk.id must not be blank", "Risk.likelihood must be greater than or equal to 1",
                            "Risk.impact must be less than or equal to 1000", "Risk.mitigation must not be null");
            assertThat(factory.getValidator().forExecutables().validateConstructorParameters(constructor,
                    new Object[] {"R1", "", 1, 1, null, "", null, null}))
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("Risk.statedScore", "Risk.owner", "Risk.schemeRef");
            assertThat(factory.getValidator().validate(Risk.of("R1", 4, 5))).isEmpty();
        }
    }
}
