package org.openbcf.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import javax.money.MonetaryAmount;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * House rules checked on bcf-core's class files (STYLE.md): money arithmetic goes through
 * {@code Gbp} ({@code plus}, {@code minus}, {@code times}, {@code sum}), never through a
 * {@link MonetaryAmount}'s own arithmetic and its implementation's default context; and no package
 * depends on another that depends back on it.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openbcf.core");

    /** {@link MonetaryAmount}'s arithmetic, whose result depends on the implementation's context. */
    private static final DescribedPredicate<JavaMethodCall> MONETARY_ARITHMETIC = DescribedPredicate.describe(
            "MonetaryAmount arithmetic (add, subtract, multiply, divide, remainder, negate, ...)",
            call -> call.getTargetOwner().isAssignableTo(MonetaryAmount.class)
                    && Set.of("add", "subtract", "multiply", "divide", "remainder", "divideAndRemainder",
                            "divideToIntegralValue", "negate", "abs", "scaleByPowerOfTen").contains(call.getName()));

    @Test
    void moneyArithmeticGoesThroughGbp() {
        noClasses().that().resideOutsideOfPackage("org.openbcf.core.money..")
                .should().callMethodWhere(MONETARY_ARITHMETIC)
                .because("openbcf rounds only where a rule says so: use Gbp.plus, minus, times or sum")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.openbcf.core.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
