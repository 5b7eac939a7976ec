package be.ptrpas.platform.zone;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ValidationResults;
import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.zone.ZoneDetails.Parity;
import be.ptrpas.platform.zone.ZoneDetails.Street;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneDetailsValidationTest {

    static final JsonValue GEOMETRY = Json.createReader(new StringReader("{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[5.4950,50.9600],[5.5080,50.9600],[5.5120,50.9680],[5.5010,50.9720],[5.4920,50.9670],"
                    + "[5.4950,50.9600]]]}"))
            .readValue();
    static final LocalizedText NAME = new LocalizedText("Blauwe zone centrum", "Zone bleue centre", null);
    static final List<Street> STREETS = List.of(
            new Street("Vennestraat", "3600", 1, 99, Parity.ODD), new Street("Markt", "3600", null, null, Parity.ALL));

    static ZoneDetails zone(
            String code, Zone.Kind kind, Integer maxStay, List<Street> streets, List<String> permitTypes) {
        return new ZoneDetails(code, kind, NAME, null, maxStay, null, GEOMETRY, streets, permitTypes);
    }

    static ZoneDetails withStreets(Street... streets) {
        return zone("GNK-BLAUW-CENTRUM", Zone.Kind.BLUE, 120, Arrays.asList(streets), null);
    }

    static List<FieldError> errors(ZoneDetails details) {
        return ValidationResults.errors(details::validate);
    }

    static List<String> fields(ZoneDetails details) {
        return ValidationResults.fields(details::validate);
    }

    @Test
    void validInputPasses() {
        assertThat(errors(zone("GNK-BLAUW-CENTRUM", Zone.Kind.BLUE, 120, STREETS, List.of("RESIDENT", "BUSINESS"))))
                .isEmpty();
        assertThat(errors(new ZoneDetails(
                        "GNK-BETAALD-1",
                        Zone.Kind.PAID,
                        NAME,
                        2,
                        null,
                        Zone.EnforcementRegime.GAS,
                        GEOMETRY,
                        null,
                        null)))
                .as("streets and permit types are optional; a paid zone needs no maximum stay")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"gnk-blauw", "G", "GNK_BLAUW", "-GNK", "GNK BLAUW", "GNK-BLAUW-CENTRUM-EN-NOG-VEEL-MEER-TEKST-1"
            })
    void aCodeOfTheWrongFormIsNamed(String code) {
        assertThat(fields(zone(code, Zone.Kind.PAID, null, null, null))).containsExactly("code");
    }

    @Test
    void codeKindNameAndGeometryAreRequired() {
        assertThat(fields(new ZoneDetails(null, null, null, null, null, null, null, null, null)))
                .containsExactly("code", "kind", "name", "geometry");
        assertThat(fields(new ZoneDetails(
                        "GNK-1",
                        Zone.Kind.PAID,
                        new LocalizedText(null, "x", null),
                        null,
                        null,
                        null,
                        GEOMETRY,
                        null,
                        null)))
                .containsExactly("name.nl");
    }

    @Test
    void aBlueZoneNeedsItsMaximumStay() {
        List<FieldError> errors = errors(zone("GNK-BLAUW-CENTRUM", Zone.Kind.BLUE, null, null, null));
        assertThat(errors).extracting(FieldError::field).containsExactly("maxStayMinutes");
        assertThat(errors.get(0).message()).contains("blue zone");
    }

    @Test
    void tierAndMaximumStayHaveRanges() {
        assertThat(fields(new ZoneDetails("GNK-1", Zone.Kind.PAID, NAME, 0, 4, null, GEOMETRY, null, null)))
                .containsExactly("tier", "maxStayMinutes");
        assertThat(fields(new ZoneDetails("GNK-1", Zone.Kind.PAID, NAME, 10, 24 * 60 + 1, null, GEOMETRY, null, null)))
                .containsExactly("tier", "maxStayMinutes");
        assertThat(errors(new ZoneDetails("GNK-1", Zone.Kind.BLUE, NAME, 9, 24 * 60, null, GEOMETRY, null, null)))
                .isEmpty();
    }

    @Test
    void aNumberRangeRunningBackwardsIsNamed() {
        List<FieldError> errors =
                errors(withStreets(STREETS.get(1), new Street("Vennestraat", "3600", 50, 10, Parity.EVEN)));
        assertThat(errors).containsExactly(new FieldError("streets[1].toNumber", "must not be lower than fromNumber"));
    }

    @Test
    void aNumberRangeNeedsBothEnds() {
        assertThat(fields(withStreets(new Street("Vennestraat", "3600", 1, null, Parity.ALL))))
                .containsExactly("streets[0]");
        assertThat(fields(withStreets(new Street("Vennestraat", "3600", null, 20, Parity.ALL))))
                .containsExactly("streets[0]");
    }

    @Test
    void houseNumbersHaveARange() {
        assertThat(fields(withStreets(new Street("Vennestraat", "3600", 0, 100000, Parity.ALL))))
                .containsExactly("streets[0].fromNumber", "streets[0].toNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0999", "36000", "360", "36OO", "B-3600"})
    void aPostalCodeMustBeBelgian(String postalCode) {
        assertThat(fields(withStreets(new Street("Vennestraat", postalCode, null, null, Parity.ALL))))
                .containsExactly("streets[0].postalCode");
    }

    @Test
    void aStreetNeedsANameAndAPostalCode() {
        assertThat(fields(withStreets(STREETS.get(0), new Street(null, null, null, null, null), null)))
                .containsExactly("streets[1].name", "streets[1].postalCode", "streets[2]");
        assertThat(fields(withStreets(new Street("x".repeat(121), "3600", null, null, null))))
                .containsExactly("streets[0].name");
    }

    @Test
    void atMost2000Streets() {
        List<Street> many = Collections.nCopies(ZoneDetails.MAX_STREETS + 1, STREETS.get(1));
        assertThat(fields(zone("GNK-1", Zone.Kind.PAID, null, many, null))).containsExactly("streets");
    }

    @Test
    void aPermitTypeListedTwiceIsNamed() {
        List<FieldError> errors =
                errors(zone("GNK-1", Zone.Kind.PAID, null, null, List.of("RESIDENT", "BUSINESS", "RESIDENT")));
        assertThat(errors).containsExactly(new FieldError("permitTypes[2]", "is listed twice"));
        assertThat(errors(zone("GNK-1", Zone.Kind.PAID, null, null, Arrays.asList("RESIDENT", null))))
                .containsExactly(new FieldError("permitTypes[1]", "is empty"));
    }
}
