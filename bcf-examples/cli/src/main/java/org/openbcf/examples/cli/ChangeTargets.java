package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.List;

import org.openbcf.core.number.Numbers;
import org.openbcf.examples.io.BadInputException;
import org.openbcf.examples.io.Schema;
import org.openbcf.metrics.target.Target;
import org.openbcf.metrics.target.TargetRounding;

/**
 * {@code bcf target}: a target from a base and a reduction (a maximum) or an increase (a minimum),
 * computed by {@link Target#reduction} or {@link Target#increase} with the chosen
 * {@link TargetRounding}, for the one case of the options or a row a case of a file ({@link Cases}).
 */
final class ChangeTargets {

    /** The columns of a batch file. */
    static final Schema SCHEMA = Schema.of("base").optional("reduction", "increase", "rounding", "case");

    private ChangeTargets() {
    }

    /**
     * Runs {@code bcf target}.
     *
     * @param command the command's options
     * @return the exit code
     */
    static int run(TargetCommand command) {
        BigDecimal reduction = command.reduction;
        BigDecimal increase = command.increase;
        Options.oneForm(command.file, command.base != null || reduction != null || increase != null,
                "--base with --reduction or --increase", "target");
        TargetRounding defaultMode = command.rounding == null ? TargetRounding.NONE : command.rounding;
        return Cases.run(command.streams(), command.output, command.file, SCHEMA, List.of("target", "bound"), () -> {
            if ((reduction == null) == (increase == null)) {
                throw new BadInputException("give exactly one of --reduction and --increase");
            }
            BigDecimal baseValue = Options.required(command.base, "--base");
            return values(target(baseValue, reduction != null ? reduction : increase, reduction != null, defaultMode));
        }, "base", row -> {
            boolean reduce = !row.text("reduction").isEmpty();
            if (reduce == !row.text("increase").isEmpty()) {
                throw row.error(reduce ? "increase" : "reduction", "give exactly one of reduction and increase");
            }
            String column = reduce ? "reduction" : "increase";
            BigDecimal baseValue = row.decimal("base");
            BigDecimal change = row.get(column, t -> Numbers.parsePercent(t, column));
            TargetRounding mode = row.optional("rounding").isPresent() ? row.get("rounding", TargetRounding::parse) : defaultMode;
            return () -> values(target(baseValue, change, reduce, mode));
        });
    }

    private static Target target(BigDecimal base, BigDecimal change, boolean reduction, TargetRounding mode) {
        return reduction ? Target.reduction(base, change, mode) : Target.increase(base, change, mode);
    }

    private static List<Object> values(Target target) {
        return List.of(target.value(), target.bound().label());
    }
}
