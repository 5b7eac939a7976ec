package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import org.junit.jupiter.api.Test;

class TestIdentifiersTest {

    @Test
    void aWrongNationalNumberCheckIsWrongForBothCenturies() {
        assertTrue(NationalNumber.isValid("03011908625"), "born 2003: '2' prefixed before mod 97");
        String wrong = TestIdentifiers.withWrongNationalNumberCheck("03011908625");
        assertEquals("030119086", wrong.substring(0, 9));
        assertFalse(NationalNumber.isValid(wrong));
        assertFalse(NationalNumber.isValid(TestIdentifiers.withWrongNationalNumberCheck("62.11.02-057.01")));
    }

    @Test
    void aWrongCompanyNumberCheckIsRefused() {
        assertTrue(TestIdentifiers.isCompanyNumber("0831.246.745"));
        String wrong = TestIdentifiers.withWrongCompanyNumberCheck("0831.246.745");
        assertEquals("08312467", wrong.substring(0, 8));
        assertFalse(CompanyNumber.isValid(wrong));
        assertFalse(TestIdentifiers.isCompanyNumber(wrong));
    }

    @Test
    void platesCompareWhateverTheSpelling() {
        assertEquals(TestIdentifiers.plateKey("1-ABC-123"), TestIdentifiers.plateKey("1abc123"));
        assertEquals("0831246745", TestIdentifiers.withoutSeparators("0831.246.745"));
    }
}
