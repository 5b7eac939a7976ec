package be.ptrpas.platform.enforcement.plate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumberTest {

    @ParameterizedTest
    @CsvSource({"1-ABC-123,1ABC123,1-ABC-123", "1 abc 123,1ABC123,1-ABC-123", "1abc123,1ABC123,1-ABC-123",
            "1.ABC.123,1ABC123,1-ABC-123", "ABC-123,ABC123,ABC-123", "123-abc,123ABC,123-ABC"})
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
}
