package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Household;
import be.ptrpas.spi.register.HouseholdMember;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.PersonRegisterFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a population register plug-in. Point it at your fake of the source and name a person the fake
 * knows and one it does not.
 */
public abstract class PersonRegisterContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected PersonRegister register;

    @Override
    protected abstract PersonRegisterFactory factory();

    /** A valid national number the source knows, with a household. */
    protected abstract String knownNationalNumber();

    /** A valid national number (correct check) the source does not know. */
    protected abstract String unknownNationalNumber();

    /** Input that is not a national number at all; each must give an {@link IllegalArgumentException}. */
    protected List<String> malformedNationalNumbers() {
        return List.of(
                "123",
                "abcdefghijk",
                "621102057010",
                TestIdentifiers.withWrongNationalNumberCheck(knownNationalNumber()));
    }

    /**
     * Makes the source unreachable or failing (stop the fake, make it answer 503, or recreate {@link #register}
     * with an outage setting) and returns true; return false when the source cannot be down.
     */
    protected boolean takeSourceDown() {
        return false;
    }

    @BeforeEach
    void createRegister() {
        context = context(validConfig());
        register = factory().create(context);
    }

    @Test
    void findsAKnownPerson() {
        Person person = register.person(knownNationalNumber())
                .orElseThrow(() -> new AssertionError("the known person must be found"));
        assertEquals(knownNationalNumber(), person.nationalNumber(), "the national number must be echoed");
        assertTrue(NationalNumber.isValid(person.nationalNumber()));
        assertFalse(person.familyName() == null || person.familyName().isBlank(), "family name");
        assertFalse(person.givenNames() == null || person.givenNames().isBlank(), "given names");
    }

    @Test
    void anUnknownPersonIsEmptyNotAnError() {
        assertEquals(Optional.empty(), register.person(unknownNationalNumber()));
        assertEquals(Optional.empty(), register.household(unknownNationalNumber()));
    }

    @Test
    void rejectsMalformedNationalNumbers() {
        assertThrows(IllegalArgumentException.class, () -> register.person(null));
        assertThrows(IllegalArgumentException.class, () -> register.household(null));
        for (String malformed : malformedNationalNumbers()) {
            assertThrows(IllegalArgumentException.class, () -> register.person(malformed), malformed);
            assertThrows(IllegalArgumentException.class, () -> register.household(malformed), malformed);
        }
    }

    @Test
    void theHouseholdContainsThePerson() {
        Household household = register.household(knownNationalNumber())
                .orElseThrow(() -> new AssertionError("the known person must have a household"));
        assertNotNull(household.address(), "a household lives at an address");
        assertTrue(
                household.members().stream()
                        .map(HouseholdMember::nationalNumber)
                        .anyMatch(knownNationalNumber()::equals),
                "the household must contain the person asked about");
        for (HouseholdMember member : household.members()) {
            assertTrue(
                    NationalNumber.isValid(member.nationalNumber()),
                    "member national number must be valid: " + member.nationalNumber());
            assertNotNull(member.relation(), "relation of " + member.nationalNumber());
        }
    }

    @Test
    void anOutageIsRetryable() {
        if (!takeSourceDown()) {
            return;
        }
        RegisterAssertions.assertRetryableOutage(() -> register.person(knownNationalNumber()));
        RegisterAssertions.assertRetryableOutage(() -> register.household(knownNationalNumber()));
    }
}
