package be.ptrpas.spi.testkit;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import java.util.Locale;

/**
 * Inputs the register contracts need that no valid identifier gives: numbers with a wrong check, and a plate
 * reduced to compare spellings. The checks themselves are the SPI's ({@code be.ptrpas.spi.belgian}).
 */
public final class TestIdentifiers {

    private TestIdentifiers() {}

    /** The same nine digits with a check that is wrong for either century, to test refusal. */
    public static String withWrongNationalNumberCheck(String number) {
        String nine = withoutSeparators(number).substring(0, 9);
        for (int check = 0; check < 100; check++) {
            String candidate = nine + String.format("%02d", check);
            if (!NationalNumber.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: at most two checks are valid");
    }

    /** The same company number with a wrong check. */
    public static String withWrongCompanyNumberCheck(String number) {
        String eight = withoutSeparators(number).substring(0, 8);
        for (int check = 0; check < 100; check++) {
            String candidate = eight + String.format("%02d", check);
            if (!CompanyNumber.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: one check is valid");
    }

    /** Whether the text is a company number in any written form ({@code 0207.183.486}, {@code BE0207183486}). */
    public static boolean isCompanyNumber(String text) {
        return CompanyNumber.parse(text).isPresent();
    }

    /** The number without dots, spaces or dashes, e.g. "0831.246.745" gives "0831246745". */
    public static String withoutSeparators(String number) {
        return number == null ? null : number.replaceAll("[\\s./-]", "");
    }

    /** A plate reduced to upper-case letters and digits, to compare "1-abc-123" with "1ABC123". */
    public static String plateKey(String plate) {
        return plate == null ? null : plate.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
