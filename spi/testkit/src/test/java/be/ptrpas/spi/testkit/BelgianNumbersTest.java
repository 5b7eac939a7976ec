package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BelgianNumbersTest {

    @Test
    void checksNationalNumbersOfBothCenturies() {
        assertTrue(BelgianNumbers.isValidNationalNumber("62110205701"));
        assertTrue(BelgianNumbers.isValidNationalNumber("03011908625"), "born 2003: '2' prefixed before mod 97");
        assertFalse(BelgianNumbers.isValidNationalNumber("03011908626"));
        assertFalse(BelgianNumbers.isValidNationalNumber("6211020570"));
        assertFalse(BelgianNumbers.isValidNationalNumber(null));
    }

    @Test
    void aWrongCheckIsWrongForBothCenturies() {
        String wrong = BelgianNumbers.withWrongNationalNumberCheck("03011908625");
        assertEquals("030119086", wrong.substring(0, 9));
        assertFalse(BelgianNumbers.isValidNationalNumber(wrong));
    }

    @Test
    void checksCompanyNumbers() {
        assertTrue(BelgianNumbers.isValidCompanyNumber("0831246745"));
        assertTrue(BelgianNumbers.isValidCompanyNumber(BelgianNumbers.digitsOnly("0207.183.486")));
        assertFalse(BelgianNumbers.isValidCompanyNumber(BelgianNumbers.withWrongCompanyNumberCheck("0831.246.745")));
    }

    @Test
    void platesCompareWhateverTheSpelling() {
        assertEquals(BelgianNumbers.plateKey("1-ABC-123"), BelgianNumbers.plateKey("1abc123"));
    }
}
