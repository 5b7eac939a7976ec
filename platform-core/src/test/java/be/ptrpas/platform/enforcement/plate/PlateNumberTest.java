package be.ptrpas.platform.enforcement.plate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumberTest {

    @ParameterizedTest
    @CsvSource({
        "1-ABC-123,1ABC123,1-ABC-123",
        "1 abc 123,1ABC123,1-ABC-123",
        "1abc123,1ABC123,1-ABC-123",
        "1.ABC.123,1ABC123,1-ABC-123",
        "ABC-123,ABC123,ABC-123",
        "123-abc,123ABC,123-ABC"
    })
    void belgianPlatesAreOnePlateHoweverTheyAreWritten(String typed, String normalized, String display) {
        PlateNumber plate = PlateNumber.parse(typed, null).orElseThrow();
        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.country()).isEqualTo("BE");
        assertThat(plate.display()).isEqualTo(display);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "A", "ABCDEF", "1-ABC-12345678901", "1-AB<-123", "ÉÈ-123"})
    void whatCannotBeABelgianPlateIsRefused(String typed) {
        assertThat(PlateNumber.parse(typed, "BE")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"GH-123-K,nl,GH123K,NL", "B MW 1234,DE,BMW1234,DE", "AB-123-CD,fr,AB123CD,FR"})
    void foreignPlatesKeepTheirCharactersAndCountry(String typed, String country, String normalized, String expected) {
        PlateNumber plate = PlateNumber.parse(typed, country).orElseThrow();
        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.country()).isEqualTo(expected);
        assertThat(plate.display()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"B", "BEL", "1E", "be-"})
    void anInvalidCountryIsRefused(String country) {
        assertThat(PlateNumber.parse("1-ABC-123", country)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "GÖ-AB 123,DE,GÖAB123",
        "mü xy 12,de,MÜXY12",
        "LÖ-Z-9,DE,LÖZ9",
        "ABC 12Ä,de,ABC12Ä",
        "ÅLAND1,FI,ÅLAND1",
        "KÖR 123,SE,KÖR123",
        "ÆØÅ 12,DK,ÆØÅ12",
        "ØL 1234,NO,ØL1234"
    })
    void foreignPlatesKeepTheLettersTheirCountryUses(String typed, String country, String normalized) {
        PlateNumber plate = PlateNumber.parse(typed, country).orElseThrow();
        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.display()).isEqualTo(normalized);
    }

    @Test
    void anUmlautTypedAsALetterWithACombiningMarkIsTheSamePlate() {
        assertThat(PlateNumber.parse("GO\u0308-AB 123", "DE"))
                .isPresent()
                .isEqualTo(PlateNumber.parse("GÖ-AB 123", "DE"));
    }

    @ParameterizedTest
    @CsvSource({
        "GÖ-AB 123,BE",
        "GÖ-AB 123,NL",
        "1-ÄBC-123,BE",
        "ÆØ 12,DE",
        "GÖ-AB 123,FR",
        "MÉ 123,DE",
        "Ñ 1234,ES",
        "ΑΒΓ 123,GR",
        "ЖК 123,BG",
        "AB😀123,DE",
        "AB\u0000123,DE",
        "ÖÖ\u200B12,DE"
    })
    void lettersNoCountryPutsOnItsPlatesStayOut(String typed, String country) {
        assertThat(PlateNumber.parse(typed, country)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL", "nl", " de ", ""})
    void twoLettersOrNothingNameACountry(String country) {
        assertThat(PlateNumber.isCountryOrDefault(country)).isTrue();
        assertThat(PlateNumber.isCountryOrDefault(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "NLD", "N1", "ÖS"})
    void anythingElseIsNoCountry(String country) {
        assertThat(PlateNumber.isCountryOrDefault(country)).isFalse();
    }
}
