package org.openbcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.money.MonetaryAmount;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbcf.core.NorfolkFixtures;
import org.openbcf.core.fund.Contribution;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.Partner;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.fund.SpendingPlan;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;

/**
 * Host systems validate openbcf inputs with their own Bean Validation provider: here Hibernate
 * Validator with the parameter message interpolator (no EL needed). Constraints sit on the
 * parameters of the records' canonical constructors (not on the components, which PIT cannot
 * mutate: hcoles/pitest#1285), so a validator checks constructor arguments before openbcf's own
 * checks run, and objects that exist always validate.
 */
class BeanValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void constructedObjectsValidate() {
        assertThat(validator.validate(NorfolkFixtures.contributions2015().contributions().get(0))).isEmpty();
        assertThat(validator.validate(NorfolkFixtures.NCC)).isEmpty();
        assertThat(validator.validate(NorfolkFixtures.spending2015())).isEmpty();
        assertThat(validator.validate(FinancialQuarter.parse("Q3 2015/16"))).isEmpty();
        assertThat(validator.validate(NorfolkFixtures.ledger2015().income())).isEmpty();
    }

    @Test
    void aNegativeContributionIsReportedOnItsParameter() throws NoSuchMethodException {
        Constructor<Contribution> constructor = Contribution.class.getConstructor(Partner.class, FundingStream.class, MonetaryAmount.class, String.class);
        Set<ConstraintViolation<Contribution>> violations = validator.forExecutables().validateConstructorParameters(
                constructor, new Object[] {NorfolkFixtures.NCC, FundingStream.DFG, Gbp.of(-5), ""});
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("Contribution.amount");
            assertThat(v.getMessage()).isEqualTo("must be greater than or equal to 0");
        });
    }

    @Test
    void missingPartsAreReportedOnTheirParameters() throws NoSuchMethodException {
        Constructor<Contribution> constructor = Contribution.class.getConstructor(Partner.class, FundingStream.class, MonetaryAmount.class, String.class);
        Set<ConstraintViolation<Contribution>> violations = validator.forExecutables().validateConstructorParameters(
                constructor, new Object[] {null, null, null, ""});
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("Contribution.partner", "Contribution.stream", "Contribution.amount");
    }

    @Test
    void blankPartnerNamesAndQuartersOutOfRangeAreReported() throws NoSuchMethodException {
        assertThat(validator.forExecutables().validateConstructorParameters(
                Partner.class.getConstructor(String.class, PartnerType.class), new Object[] {" ", PartnerType.CCG}))
                .extracting(ConstraintViolation::getMessage).containsExactly("must not be blank");
        assertThat(validator.forExecutables().validateConstructorParameters(
                FinancialQuarter.class.getConstructor(FinancialYear.class, int.class), new Object[] {FinancialYear.of(2015), 5}))
                .extracting(ConstraintViolation::getMessage).containsExactly("must be less than or equal to 4");
        assertThat(validator.forExecutables().validateConstructorParameters(
                FinancialYear.class.getConstructor(int.class), new Object[] {1800}))
                .extracting(ConstraintViolation::getMessage).containsExactly("must be greater than or equal to 1900");
        assertThat(validator.forExecutables().validateConstructorParameters(
                SpendingPlan.class.getConstructor(FinancialYear.class, Map.class), new Object[] {null, Map.of()}))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("SpendingPlan.year");
        assertThat(validator.forExecutables().validateConstructorParameters(
                QuarterlyAmounts.class.getConstructor(FinancialYear.class, Map.class), new Object[] {FinancialYear.of(2015), null}))
                .hasSize(1);
        assertThat(List.of(validator.getConstraintsForClass(Contribution.class)
                .getConstraintsForConstructor(Partner.class, FundingStream.class, MonetaryAmount.class)
                .hasConstrainedParameters())).containsExactly(true);
    }
}
