package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BE71 0961 2345 6769", // the SPI's example
                "BE72000000001616", // the EPC069-12 example (Belgian Red Cross)
                "be68 5390 0754 7034", // lower case, as people type it
                "NL91ABNA0417164300",
                "DE89 3704 0044 0532 0130 00",
                "FR14 2004 1010 0505 0001 3M02 606",
                "GB29 NWBK 6016 1331 9268 19",
                "LU28 0019 4006 4475 0000"
            })
    void acceptsValidSepaIbans(String text) {
        assertThat(Iban.parse(text)).isPresent();
        assertThat(Iban.problemWithText(text)).isEmpty();
    }

    @Test
    void refusesAWrongCheckDigitThatARegexWouldAccept() {
        // Same shape as BE71 0961 2345 6769, one digit typed wrong: only the mod-97 check sees it.
        assertThat(Iban.parse("BE71 0961 2345 6768")).isEmpty();
        assertThat(Iban.problemWithText("BE71 0961 2345 6768"))
                .contains("has wrong check digits (mod-97): a typing error?");
        // Two digits swapped.
        assertThat(Iban.parse("BE71 0961 2345 6796")).isEmpty();
    }

    @Test
    void refusesTheWrongLengthForItsCountry() {
        assertThat(Iban.problemWithText("BE71 0961 2345 67690")).contains("must have 16 characters for BE, not 17");
    }

    @Test
    void refusesAnIbanOutsideSepa() {
        // A valid Brazilian IBAN: a SEPA credit transfer cannot reach it.
        assertThat(Iban.problemWithText("BR1800360305000010009795493C1")).contains("is not an IBAN of a SEPA country");
    }

    @Test
    void refusesWhatIsNoIbanAtAll() {
        assertThat(Iban.problemWithText(null)).contains("is required");
        assertThat(Iban.problemWithText("  ")).contains("is required");
        assertThat(Iban.problemWithText("0961234567-69"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("is not an IBAN"));
        assertThatThrownBy(() -> new Iban("BE71096123456768"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("iban has wrong check digits");
    }

    @Test
    void printsInGroupsOfFour() {
        assertThat(Iban.parse("be71096123456769").orElseThrow().printed()).isEqualTo("BE71 0961 2345 6769");
        assertThat(Iban.parse("FR1420041010050500013M02606").orElseThrow().printed())
                .isEqualTo("FR14 2004 1010 0505 0001 3M02 606");
    }
}
