package org.openbcf.core.risk;

import java.util.Optional;
import java.util.OptionalInt;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;

import org.openbcf.core.internal.Checks;

/**
 * One row of a risk register: an identified risk, its likelihood and impact levels, the score the
 * source states (if any), the mitigation, and optionally an owner and the scheme it belongs to.
 *
 * <p>Example: {@code NN2-R3} "County-wide projects may inhibit progress", likelihood 4, severity 5,
 * stated score 20, mitigation "Steering Group", scheme {@code NN2} (2016 scheme templates, risk
 * tables). Levels are only checked to be positive here: whether they lie on a matrix's scales is a
 * question for the {@link RiskRegister}, which reports it as a finding. The canonical constructor's
 * parameters carry Jakarta Bean Validation constraints for host systems. This class is immutable and
 * thread-safe.
 *
 * @param id          the risk's identifier, unique in its register, e.g. {@code NN2-R3}; not blank
 * @param description what could happen; not null, may be empty
 * @param likelihood  the likelihood level, between 1 and {@link #MAX_LEVEL}
 * @param impact      the impact (severity, consequence) level, between 1 and {@link #MAX_LEVEL}
 * @param statedScore the score printed in the source, between 1 and {@link #MAX_SCORE}; empty when none
 * @param mitigation  what is done about it; not null, may be empty
 * @param owner       who owns the risk; not null, empty when not given
 * @param schemeRef   the scheme the risk belongs to, e.g. {@code NN2}; not null, empty when not given
 * @since 0.1.0
 */
public record Risk(String id, String description, int likelihood, int impact, OptionalInt statedScore,
                   String mitigation, Optional<String> owner, Optional<String> schemeRef) {

    /** The highest level any risk scale may have, 1,000; it keeps every score an exact {@code int}. */
    public static final int MAX_LEVEL = 1_000;

    /** The highest score any risk may have, {@code MAX_LEVEL × MAX_LEVEL} = 1,000,000. */
    public static final int MAX_SCORE = MAX_LEVEL * MAX_LEVEL;

    /**
     * Checks the components.
     *
     * @param id          the risk's identifier
     * @param description what could happen
     * @param likelihood  the likelihood level
     * @param impact      the impact level
     * @param statedScore the score printed in the source
     * @param mitigation  what is done about it
     * @param owner       who owns the risk
     * @param schemeRef   the scheme the risk belongs to
     */
    public Risk(@NotBlank String id, @NotNull String description, @Min(1) @Max(MAX_LEVEL) int likelihood,
                @Min(1) @Max(MAX_LEVEL) int impact, @NotNull(payload = Unwrapping.Skip.class) OptionalInt statedScore, @NotNull String mitigation,
                @NotNull Optional<String> owner, @NotNull Optional<String> schemeRef) {
        id = Checks.notBlank(id, "risk id").strip();
        Checks.notNull(description, "description");
        Checks.inRange(likelihood, 1, MAX_LEVEL, "likelihood of risk ", id);
        Checks.inRange(impact, 1, MAX_LEVEL, "impact of risk ", id);
        Checks.notNull(statedScore, "statedScore");
        if (statedScore.isPresent()) {
            Checks.inRange(statedScore.getAsInt(), 1, MAX_SCORE, "stated score of risk ", id);
        }
        Checks.notNull(mitigation, "mitigation");
        this.id = id;
        this.description = description;
        this.likelihood = likelihood;
        this.impact = impact;
        this.statedScore = statedScore;
        this.mitigation = mitigation;
        this.owner = present(owner, "owner of risk " + id);
        this.schemeRef = present(schemeRef, "scheme ref of risk " + id);
    }

    private static Optional<String> present(Optional<String> value, String field) {
        Checks.notNull(value, field);
        return value.map(text -> Checks.notBlank(text, field).strip());
    }

    /**
     * A risk with only its levels, as a command-line row gives it: {@code of("NN1-R1", 3, 4)}.
     *
     * @param id         the identifier, not blank
     * @param likelihood the likelihood level, at least 1
     * @param impact     the impact level, at least 1
     * @return the risk, with empty description and mitigation and no stated score, never null
     */
    public static Risk of(String id, int likelihood, int impact) {
        return of(id, "", likelihood, impact, "");
    }

    /**
     * A risk with its texts: {@code of("NCH1-R1", "New models take longer than BCF project timescale",
     * 3, 3, "Phased rollout")}.
     *
     * @param id          the identifier, not blank
     * @param description what could happen, not null
     * @param likelihood  the likelihood level, at least 1
     * @param impact      the impact level, at least 1
     * @param mitigation  what is done about it, not null
     * @return the risk, with no stated score, owner or scheme, never null
     */
    public static Risk of(String id, String description, int likelihood, int impact, String mitigation) {
        return new Risk(id, description, likelihood, impact, OptionalInt.empty(), mitigation,
                Optional.empty(), Optional.empty());
    }

    /**
     * This risk with the score its source states, e.g. 20.
     *
     * @param score the stated score, between 1 and {@link #MAX_SCORE}
     * @return a new risk, never null
     */
    public Risk withStatedScore(int score) {
        return new Risk(id, description, likelihood, impact, OptionalInt.of(score), mitigation, owner, schemeRef);
    }

    /**
     * This risk with an owner, e.g. {@code Commissioning Manager}.
     *
     * @param name the owner, not blank
     * @return a new risk, never null
     */
    public Risk withOwner(String name) {
        return new Risk(id, description, likelihood, impact, statedScore, mitigation,
                Optional.of(Checks.notNull(name, "owner")), schemeRef);
    }

    /**
     * This risk with the scheme it belongs to, e.g. {@code NN2}.
     *
     * @param ref the scheme's reference, not blank
     * @return a new risk, never null
     */
    public Risk withSchemeRef(String ref) {
        return new Risk(id, description, likelihood, impact, statedScore, mitigation, owner,
                Optional.of(Checks.notNull(ref, "schemeRef")));
    }

    /**
     * The product likelihood × impact, e.g. 20 for likelihood 4 and impact 5, whether or not the
     * levels lie on a register's scales.
     *
     * @return the product, between 1 and {@link #MAX_SCORE}
     */
    public int product() {
        return likelihood * impact;
    }
}
