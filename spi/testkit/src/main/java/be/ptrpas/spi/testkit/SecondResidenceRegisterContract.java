package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.register.SecondResidence;
import be.ptrpas.spi.register.SecondResidenceRegister;
import be.ptrpas.spi.register.SecondResidenceRegisterFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of a municipality's second-residence register. */
public abstract class SecondResidenceRegisterContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected SecondResidenceRegister register;

    @Override
    protected abstract SecondResidenceRegisterFactory factory();

    /** A national number with at least one second residence. */
    protected abstract String nationalNumberWithSecondResidence();

    /** A valid national number without second residences. */
    protected abstract String nationalNumberWithoutSecondResidence();

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
    void listsTheSecondResidencesOfAPerson() {
        List<SecondResidence> residences = register.secondResidencesOf(nationalNumberWithSecondResidence());
        assertFalse(residences.isEmpty(), "the person must have a second residence");
        for (SecondResidence residence : residences) {
            assertEquals(
                    nationalNumberWithSecondResidence(), residence.nationalNumber(), "residence of another person");
            assertNotNull(residence.address(), "address");
            assertTrue(residence.taxYear() >= 1990 && residence.taxYear() <= 2100, "tax year " + residence.taxYear());
        }
    }

    @Test
    void noSecondResidenceIsAnEmptyList() {
        assertEquals(List.of(), register.secondResidencesOf(nationalNumberWithoutSecondResidence()));
    }

    @Test
    void rejectsMalformedNationalNumbers() {
        assertThrows(IllegalArgumentException.class, () -> register.secondResidencesOf(null));
        assertThrows(IllegalArgumentException.class, () -> register.secondResidencesOf("123"));
        assertThrows(
                IllegalArgumentException.class,
                () -> register.secondResidencesOf(
                        TestIdentifiers.withWrongNationalNumberCheck(nationalNumberWithSecondResidence())));
    }

    @Test
    void anOutageIsRetryable() {
        if (!takeSourceDown()) {
            return;
        }
        String number = nationalNumberWithSecondResidence();
        RegisterAssertions.assertRetryableOutage(() -> register.secondResidencesOf(number));
    }
}
