package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Employment;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.EnterpriseRegisterFactory;
import be.ptrpas.spi.register.Manager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an enterprise register plug-in: companies by company number and the work relations of people.
 */
public abstract class EnterpriseRegisterContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected EnterpriseRegister register;

    @Override
    protected abstract EnterpriseRegisterFactory factory();

    /** A valid company number (10 digits, dots allowed) the source knows. */
    protected abstract String knownCompanyNumber();

    /** A valid company number the source does not know. */
    protected abstract String unknownCompanyNumber();

    /** A national number with at least one employment. */
    protected abstract String employedNationalNumber();

    /** Input that is no company number; each must give an {@link IllegalArgumentException}. */
    protected List<String> malformedCompanyNumbers() {
        return List.of(
                "123", "abcdefghij", "08312467451", TestIdentifiers.withWrongCompanyNumberCheck(knownCompanyNumber()));
    }

    /** See {@link PersonRegisterContract#takeSourceDown()}. */
    protected boolean takeSourceDown() {
        return false;
    }

    @BeforeEach
    void createRegister() {
        context = context(validConfig());
        register = factory().create(context);
    }

    @Test
    void findsAKnownEnterprise() {
        Enterprise enterprise = register.enterprise(knownCompanyNumber())
                .orElseThrow(() -> new AssertionError("the known company must be found"));
        assertEquals(
                TestIdentifiers.withoutSeparators(knownCompanyNumber()),
                TestIdentifiers.withoutSeparators(enterprise.companyNumber()),
                "the company number must be echoed");
        assertTrue(TestIdentifiers.isCompanyNumber(enterprise.companyNumber()));
        assertFalse(enterprise.name() == null || enterprise.name().isBlank(), "name");
        for (Manager manager : enterprise.managers()) {
            assertTrue(
                    NationalNumber.isValid(manager.nationalNumber()),
                    "manager national number must be valid: " + manager.nationalNumber());
        }
    }

    @Test
    void anUnknownEnterpriseIsEmptyNotAnError() {
        assertEquals(Optional.empty(), register.enterprise(unknownCompanyNumber()));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> register.enterprise(null));
        assertThrows(IllegalArgumentException.class, () -> register.employmentsOf(null));
        assertThrows(IllegalArgumentException.class, () -> register.employmentsOf("123"));
        assertThrows(
                IllegalArgumentException.class,
                () -> register.employmentsOf(TestIdentifiers.withWrongNationalNumberCheck(employedNationalNumber())));
        for (String malformed : malformedCompanyNumbers()) {
            assertThrows(IllegalArgumentException.class, () -> register.enterprise(malformed), malformed);
        }
    }

    @Test
    void theEmployerOfAnEmploymentExists() {
        List<Employment> employments = register.employmentsOf(employedNationalNumber());
        assertFalse(employments.isEmpty(), "the employed person must have employments");
        for (Employment employment : employments) {
            assertEquals(employedNationalNumber(), employment.nationalNumber(), "employment of another person");
            String employer = TestIdentifiers.withoutSeparators(employment.companyNumber());
            assertTrue(TestIdentifiers.isCompanyNumber(employer), "employer number must be valid: " + employer);
            assertTrue(register.enterprise(employer).isPresent(), "the employer " + employer + " must exist");
            if (employment.from() != null && employment.until() != null) {
                assertFalse(employment.until().isBefore(employment.from()), "an employment ends after it starts");
            }
        }
    }

    @Test
    void anOutageIsRetryable() {
        if (!takeSourceDown()) {
            return;
        }
        RegisterAssertions.assertRetryableOutage(() -> register.enterprise(knownCompanyNumber()));
        RegisterAssertions.assertRetryableOutage(() -> register.employmentsOf(employedNationalNumber()));
    }
}
