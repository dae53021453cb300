package org.openbcf.metrics;

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
 * House rules checked on bcf-metrics' class files (STYLE.md): money arithmetic goes through
 * {@code Gbp}, never a {@link MonetaryAmount}'s own arithmetic; no package cycles.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openbcf.metrics");

    private static final DescribedPredicate<JavaMethodCall> MONETARY_ARITHMETIC = DescribedPredicate.describe(
            "MonetaryAmount arithmetic (add, subtract, multiply, divide, remainder, negate, ...)",
            call -> call.getTargetOwner().isAssignableTo(MonetaryAmount.class)
                    && Set.of("add", "subtract", "multiply", "divide", "remainder", "divideAndRemainder",
                            "divideToIntegralValue", "negate", "abs", "scaleByPowerOfTen").contains(call.getName()));

    @Test
    void moneyArithmeticGoesThroughGbp() {
        noClasses().should().callMethodWhere(MONETARY_ARITHMETIC)
                .because("openbcf rounds only where a rule says so: use Gbp.plus, minus, times or sum")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.openbcf.metrics.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
