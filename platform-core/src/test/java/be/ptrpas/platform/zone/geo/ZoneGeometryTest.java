package be.ptrpas.platform.zone.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ptrpas.platform.zone.geo.InvalidGeometryException.Issue;
import be.ptrpas.platform.zone.geo.ZoneGeometry.BoundingBox;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneGeometryTest {

    // A zone around Genk centre (50.965 N, 5.500 E); the bottom edge is horizontal on purpose
    // so a point exactly on the border can be tested without rounding doubts.
    static final String SHELL = "[[5.4950,50.9600],[5.5080,50.9600],[5.5120,50.9680],[5.5010,50.9720],"
            + "[5.4920,50.9670],[5.4950,50.9600]]";
    static final String HOLE =
            "[[5.4990,50.9630],[5.5030,50.9630],[5.5030,50.9660],[5.4990,50.9660]," + "[5.4990,50.9630]]";
    // A second, separate zone a bit further east.
    static final String EAST =
            "[[5.5200,50.9600],[5.5300,50.9600],[5.5300,50.9650],[5.5200,50.9650]," + "[5.5200,50.9600]]";

    static String polygon(String... rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + String.join(",", rings) + "]}";
    }

    static String multiPolygon(String... polygons) {
        StringJoiner joiner = new StringJoiner(",", "{\"type\":\"MultiPolygon\",\"coordinates\":[", "]}");
        for (String polygon : polygons) {
            joiner.add("[" + polygon + "]");
        }
        return joiner.toString();
    }

    static List<Issue> issuesOf(String geoJson) {
        return catchThrowableOfType(InvalidGeometryException.class, () -> ZoneGeometry.parse(geoJson))
                .issues();
    }

    static Issue onlyIssue(String geoJson) {
        List<Issue> issues = issuesOf(geoJson);
        assertThat(issues).hasSize(1);
        return issues.get(0);
    }

    static String circle(int positions, double radius) {
        StringJoiner ring = new StringJoiner(",", "[", "]");
        int corners = positions - 1;
        for (int i = 0; i <= corners; i++) {
            double angle = 2 * Math.PI * (i % corners) / corners;
            ring.add(String.format(
                    Locale.ROOT, "[%.7f,%.7f]", 5.500 + radius * Math.cos(angle), 50.965 + radius * Math.sin(angle)));
        }
        return ring.toString();
    }

    static String square(double lon, double lat, double size) {
        return String.format(
                Locale.ROOT,
                "[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]",
                lon,
                lat,
                lon + size,
                lat,
                lon + size,
                lat + size,
                lon,
                lat + size,
                lon,
                lat);
    }

    @Nested
    class ValidInput {

        @Test
        void parsesPolygon() {
            ZoneGeometry zone = ZoneGeometry.parse(polygon(SHELL));

            assertThat(zone.boundingBox()).isEqualTo(new BoundingBox(50.9600, 5.4920, 50.9720, 5.5120));
            assertThat(zone.toString()).contains("Polygon", "6 positions").hasSizeLessThan(120);
        }

        @Test
        void parsesPolygonWithHole() {
            ZoneGeometry zone = ZoneGeometry.parse(polygon(SHELL, HOLE));

            assertThat(zone.contains(50.9620, 5.5050)).isTrue();
            assertThat(zone.contains(50.9645, 5.5010)).as("inside the hole").isFalse();
        }

        @Test
        void parsesMultiPolygon() {
            ZoneGeometry zone = ZoneGeometry.parse(multiPolygon(SHELL, EAST));

            assertThat(zone.contains(50.9620, 5.5050)).isTrue();
            assertThat(zone.contains(50.9625, 5.5250)).isTrue();
            assertThat(zone.contains(50.9625, 5.5160))
                    .as("between the two polygons")
                    .isFalse();
            assertThat(zone.boundingBox()).isEqualTo(new BoundingBox(50.9600, 5.4920, 50.9720, 5.5300));
            assertThat(zone.toString()).contains("MultiPolygon");
        }

        @Test
        void dropsAltitude() {
            String withAltitude = polygon("[[5.4950,50.9600,45.0],[5.5080,50.9600,47.5],[5.5120,50.9680,50],"
                    + "[5.5010,50.9720,44],[5.4920,50.9670,41],[5.4950,50.9600,45.0]]");

            ZoneGeometry zone = ZoneGeometry.parse(withAltitude);

            assertThat(zone).isEqualTo(ZoneGeometry.parse(polygon(SHELL)));
            JsonArray firstPosition =
                    zone.toGeoJson().getJsonArray("coordinates").getJsonArray(0).getJsonArray(0);
            assertThat(firstPosition).hasSize(2);
        }

        @Test
        void ignoresOtherMembers() {
            String json = "{\"type\":\"Polygon\",\"bbox\":[5.49,50.96,5.52,50.98],\"coordinates\":[" + SHELL + "]}";

            assertThat(ZoneGeometry.parse(json)).isEqualTo(ZoneGeometry.parse(polygon(SHELL)));
        }

        @Test
        void acceptsExactlyTheMaximumNumberOfPositions() {
            ZoneGeometry zone = ZoneGeometry.parse(polygon(circle(ZoneGeometry.MAX_POSITIONS, 0.01)));

            assertThat(zone.contains(50.965, 5.500)).isTrue();
        }

        @Test
        void acceptsTheMaximumNumberOfPolygons() {
            String[] squares = new String[ZoneGeometry.MAX_POLYGONS];
            for (int i = 0; i < squares.length; i++) {
                squares[i] = square(5.40 + i * 0.004, 50.96, 0.002);
            }

            assertThat(ZoneGeometry.parse(multiPolygon(squares)).contains(50.961, 5.401))
                    .isTrue();
        }

        @Test
        void acceptsAJsonValue() {
            JsonValue value =
                    Json.createReader(new StringReader(polygon(SHELL))).readValue();

            assertThat(ZoneGeometry.parse(value)).isEqualTo(ZoneGeometry.parse(polygon(SHELL)));
        }
    }

    @Nested
    class Contains {

        final ZoneGeometry zone = ZoneGeometry.parse(polygon(SHELL, HOLE));

        @Test
        void inside() {
            assertThat(zone.contains(50.9650, 5.5080)).isTrue();
        }

        @Test
        void outsideTheBoundingBox() {
            assertThat(zone.contains(50.9750, 5.5000)).isFalse();
            assertThat(zone.contains(51.2194, 4.4025)).as("Antwerp").isFalse();
        }

        @Test
        void outsideButWithinTheBoundingBox() {
            assertThat(zone.boundingBox().contains(50.9605, 5.4930)).isTrue();
            assertThat(zone.contains(50.9605, 5.4930)).isFalse();
        }

        @Test
        void onTheBorder() {
            assertThat(zone.contains(50.9600, 5.4950)).as("a corner").isTrue();
            assertThat(zone.contains(50.9600, 5.5015))
                    .as("middle of the bottom edge")
                    .isTrue();
            assertThat(zone.contains(50.9630, 5.5010)).as("on the hole's edge").isTrue();
        }

        @Test
        void insideAHole() {
            assertThat(zone.contains(50.9645, 5.5010)).isFalse();
        }

        @Test
        void notANumber() {
            assertThat(zone.contains(Double.NaN, 5.5)).isFalse();
        }

        @Test
        void boundingBoxIsInclusive() {
            BoundingBox box = zone.boundingBox();

            assertThat(box.contains(box.minLat(), box.minLon())).isTrue();
            assertThat(box.contains(box.maxLat(), box.maxLon())).isTrue();
            assertThat(box.contains(box.maxLat() + 1e-9, box.maxLon())).isFalse();
        }
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest
        @ValueSource(strings = {"polygon", "hole", "multi"})
        void toGeoJsonParsesBackToAnEqualGeometry(String kind) {
            String json = switch (kind) {
                case "polygon" -> polygon(SHELL);
                case "hole" -> polygon(SHELL, HOLE);
                default -> multiPolygon(SHELL, EAST);
            };
            ZoneGeometry zone = ZoneGeometry.parse(json);

            ZoneGeometry again = ZoneGeometry.parse(zone.toGeoJson());

            assertThat(again).isEqualTo(zone).hasSameHashCodeAs(zone);
            assertThat(ZoneGeometry.parse(zone.toGeoJson().toString())).isEqualTo(zone);
        }

        @Test
        void canonicalForm() {
            JsonObject json = ZoneGeometry.parse(polygon(SHELL, HOLE)).toGeoJson();

            assertThat(json.keySet()).containsExactlyInAnyOrder("type", "coordinates");
            assertThat(json.getString("type")).isEqualTo("Polygon");
            JsonArray firstPosition =
                    json.getJsonArray("coordinates").getJsonArray(0).getJsonArray(0);
            assertThat(firstPosition.getJsonNumber(0).doubleValue())
                    .as("lon first")
                    .isEqualTo(5.4950);
            assertThat(firstPosition.getJsonNumber(1).doubleValue()).isEqualTo(50.9600);
            assertThat(json.getJsonArray("coordinates")).hasSize(2);
        }

        @Test
        void equalityDependsOnCoordinatesAndType() {
            ZoneGeometry polygon = ZoneGeometry.parse(polygon(SHELL));

            assertThat(polygon).isEqualTo(ZoneGeometry.parse(polygon(SHELL)));
            assertThat(polygon).isNotEqualTo(ZoneGeometry.parse(polygon(SHELL, HOLE)));
            assertThat(polygon).isNotEqualTo(ZoneGeometry.parse(multiPolygon(SHELL)));
            assertThat(polygon).isNotEqualTo(ZoneGeometry.parse(polygon(EAST)));
        }
    }

    @Nested
    class RingProblems {

        @Test
        void unclosedRing() {
            Issue issue = onlyIssue(polygon("[[5.4950,50.9600],[5.5080,50.9600],[5.5120,50.9680],[5.5010,50.9720]]"));

            assertThat(issue.field()).isEqualTo("coordinates[0]");
            assertThat(issue.message()).isEqualTo("ring 0 is not closed: the first and last position must be equal");
        }

        @Test
        void tooFewPositions() {
            Issue issue = onlyIssue(polygon("[[5.4950,50.9600],[5.5080,50.9600],[5.4950,50.9600]]"));

            assertThat(issue.field()).isEqualTo("coordinates[0]");
            assertThat(issue.message()).startsWith("ring 0 has 3 positions; a ring needs at least 4");
        }

        @Test
        void emptyRing() {
            Issue issue = onlyIssue(polygon(SHELL, "[]"));

            assertThat(issue.field()).isEqualTo("coordinates[1]");
            assertThat(issue.message()).startsWith("ring 1 has 0 positions");
        }

        @Test
        void bowTieSelfIntersection() {
            Issue issue = onlyIssue(
                    polygon("[[5.4900,50.9600],[5.5100,50.9700],[5.5100,50.9600],[5.4900,50.9700],[5.4900,50.9600]]"));

            assertThat(issue.field()).isEqualTo("coordinates[0]");
            assertThat(issue.message()).isEqualTo("ring 0 self-intersects near lat 50.965, lon 5.5");
        }

        @Test
        void holeOutsideShell() {
            Issue issue = onlyIssue(polygon(SHELL, square(5.5200, 50.9600, 0.002)));

            assertThat(issue.field()).isEqualTo("coordinates[1]");
            assertThat(issue.message()).startsWith("ring 1 is a hole but lies outside the outer border near lat 50.96");
        }

        @Test
        void holeCrossingShell() {
            Issue issue = onlyIssue(polygon(SHELL, square(5.5000, 50.9550, 0.007)));

            assertThat(issue.field()).isEqualTo("coordinates");
            assertThat(issue.message()).startsWith("rings 0 and 1 cross or overlap each other near lat 50.96");
        }

        @Test
        void flatRingHasNoArea() {
            // Exactly on one line, even in binary floating point.
            Issue issue = onlyIssue(polygon("[[5.5000,50.9600],[5.5000,50.9650],[5.5000,50.9700],[5.5000,50.9600]]"));

            assertThat(issue.field()).isEqualTo("coordinates[0]");
            assertThat(issue.message()).isEqualTo("ring 0 has no area: its positions all lie on one line");
        }

        @Test
        void sliverRingHasAlmostNoArea() {
            // On one line in decimal, but not quite in binary: a valid triangle of about 0 m².
            Issue issue =
                    onlyIssue(polygon(SHELL, "[[5.4990,50.9630],[5.5000,50.9635],[5.5010,50.9640],[5.4990,50.9630]]"));

            assertThat(issue.field()).isEqualTo("coordinates[1]");
            assertThat(issue.message()).startsWith("ring 1 has almost no area");
        }

        @Test
        void smallButRealHoleIsFine() {
            // About 7 m by 11 m: a building footprint cut out of the zone.
            assertThat(ZoneGeometry.parse(polygon(SHELL, square(5.5000, 50.9630, 0.0001)))
                            .contains(50.96305, 5.50005))
                    .isFalse();
        }
    }

    @Nested
    class PositionProblems {

        @Test
        void outsideBelgium() {
            Issue issue = onlyIssue(
                    polygon("[[5.4950,50.9600],[5.5080,50.9600],[4.4,52.1],[5.4920,50.9670],[5.4950,50.9600]]"));

            assertThat(issue.field()).isEqualTo("coordinates[0][2]");
            assertThat(issue.message()).isEqualTo("position is outside Belgium (lat 52.1, lon 4.4)");
        }

        @Test
        void swappedLatitudeAndLongitude() {
            List<Issue> issues =
                    issuesOf(polygon("[[50.9600,5.4950],[50.9600,5.5080],[50.9680,5.5120],[50.9600,5.4950]]"));

            assertThat(issues)
                    .hasSize(4)
                    .allSatisfy(issue -> assertThat(issue.message())
                            .startsWith("position is outside Belgium (lat 5.")
                            .contains("swapped"));
            assertThat(issues)
                    .extracting(Issue::field)
                    .containsExactly(
                            "coordinates[0][0]", "coordinates[0][1]", "coordinates[0][2]", "coordinates[0][3]");
        }

        @Test
        void textInsteadOfNumbers() {
            Issue issue =
                    onlyIssue(polygon("[[\"5.4950\",50.9600],[5.5080,50.9600],[5.5120,50.9680],[5.4950,50.9600]]"));

            assertThat(issue.field()).isEqualTo("coordinates[0][0]");
            assertThat(issue.message()).isEqualTo("longitude must be a number, not text \"5.4950\"; remove the quotes");
        }

        @Test
        void nullAndBooleanInsteadOfNumbers() {
            List<Issue> issues = issuesOf(polygon(
                    "[[5.4950,null],[5.5080,50.9600],[true,50.9680],[5.4950,50.9600,\"high\"],[5.4950,50.9600]]"));

            assertThat(issues)
                    .extracting(Issue::toString)
                    .containsExactly(
                            "coordinates[0][0]: latitude must be a number, not null",
                            "coordinates[0][2]: longitude must be a number, not a true/false value",
                            "coordinates[0][3]: altitude must be a number, not text \"high\"");
        }

        @Test
        void hugeNumbers() {
            List<Issue> issues = issuesOf(polygon("[[1e999,50.9600],[5.5080,-1e999],[5.5120,1e300],[5.4950,50.9600]]"));

            assertThat(issues)
                    .extracting(Issue::toString)
                    .containsExactly(
                            "coordinates[0][0]: longitude is not a usable number (1E+999)",
                            "coordinates[0][1]: latitude is not a usable number (-1E+999)",
                            "coordinates[0][2]: position is outside Belgium (lat 1.0E300, lon 5.512)");
        }

        @Test
        void wrongNumberOfValues() {
            List<Issue> issues = issuesOf(polygon("[[5.4950],[5.5080,50.9600],[5.5120,50.9680,1,2],[5.4950,50.9600]]"));

            assertThat(issues)
                    .extracting(Issue::toString)
                    .containsExactly(
                            "coordinates[0][0]: position must be [lon, lat] or [lon, lat, altitude], but it has 1 value",
                            "coordinates[0][2]: position must be [lon, lat] or [lon, lat, altitude], but it has 4 values");
        }
    }

    @Nested
    class MultiPolygonProblems {

        @Test
        void overlappingPolygons() {
            Issue issue = onlyIssue(multiPolygon(SHELL, square(5.5050, 50.9620, 0.010)));

            assertThat(issue.field()).isEqualTo("coordinates");
            assertThat(issue.message()).startsWith("polygons 0 and 1 overlap or share a border near lat 50.96");
        }

        @Test
        void polygonInsideAnother() {
            Issue issue = onlyIssue(multiPolygon(SHELL, square(5.5000, 50.9620, 0.001)));

            assertThat(issue.field()).isEqualTo("coordinates[1][0]");
            assertThat(issue.message()).startsWith("polygon 1 lies inside another polygon near lat 50.96");
        }

        @Test
        void pathsIncludeThePolygonIndex() {
            Issue issue = onlyIssue(
                    multiPolygon(SHELL, "[[5.5200,50.9600],[5.5300,50.9600],[5.5300,50.9650],[5.5200,50.9650]]"));

            assertThat(issue.field()).isEqualTo("coordinates[1][0]");
            assertThat(issue.message()).startsWith("polygon 1 ring 0 is not closed");
        }

        @Test
        void tooManyPolygons() {
            String[] squares = new String[ZoneGeometry.MAX_POLYGONS + 1];
            for (int i = 0; i < squares.length; i++) {
                squares[i] = square(5.40 + i * 0.004, 50.96, 0.002);
            }

            Issue issue = onlyIssue(multiPolygon(squares));

            assertThat(issue.field()).isEqualTo("coordinates");
            assertThat(issue.message()).isEqualTo("a MultiPolygon may have at most 50 polygons; this one has 51");
        }

        @Test
        void noPolygons() {
            Issue issue = onlyIssue("{\"type\":\"MultiPolygon\",\"coordinates\":[]}");

            assertThat(issue).isEqualTo(new Issue("coordinates", "a MultiPolygon needs at least one polygon"));
        }

        @Test
        void polygonWithoutRings() {
            Issue issue = onlyIssue("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SHELL + "],[]]}");

            assertThat(issue.field()).isEqualTo("coordinates[1]");
            assertThat(issue.message()).startsWith("polygon 1 has no rings");
        }
    }

    @Nested
    class Limits {

        @Test
        void tooManyPositions() {
            Issue issue = onlyIssue(polygon(circle(ZoneGeometry.MAX_POSITIONS + 1, 0.01)));

            assertThat(issue.field()).isEqualTo("coordinates");
            assertThat(issue.message())
                    .isEqualTo("the zone has 5,001 positions but at most 5,000 are allowed; simplify the outline");
        }

        @Test
        void positionsAreCountedOverAllRingsAndPolygons() {
            Issue issue = onlyIssue(multiPolygon(circle(3000, 0.01), circle(2001, 0.001)));

            assertThat(issue.message()).startsWith("the zone has 5,001 positions");
        }

        @Test
        void longIssueListsAreSummarised() {
            // A valid ring of 151 positions, all in the Netherlands.
            String dutchRing = circle(151, 0.01).replace("[5.", "[4.").replace(",50.", ",52.");

            List<Issue> issues = issuesOf(polygon(dutchRing));

            assertThat(issues).hasSize(101);
            assertThat(issues.get(100).message()).isEqualTo("… and 51 more problems");
        }
    }

    @Nested
    class WrongType {

        @ParameterizedTest
        @ValueSource(strings = {"Point", "LineString", "MultiPoint", "MultiLineString", "GeometryCollection"})
        void otherGeometries(String type) {
            Issue issue = onlyIssue("{\"type\":\"" + type + "\",\"coordinates\":[5.5,50.965]}");

            assertThat(issue)
                    .isEqualTo(
                            new Issue("type", "a " + type + " cannot be a zone; it must be a Polygon or MultiPolygon"));
        }

        @Test
        void feature() {
            Issue issue = onlyIssue("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + polygon(SHELL) + "}");

            assertThat(issue.field()).isEqualTo("type");
            assertThat(issue.message()).startsWith("a Feature was given; send only its geometry");
        }

        @Test
        void wrongCase() {
            assertThat(onlyIssue("{\"type\":\"polygon\",\"coordinates\":[" + SHELL + "]}")
                            .message())
                    .contains("must be spelled exactly \"Polygon\"");
        }

        @Test
        void unknownType() {
            assertThat(onlyIssue("{\"type\":\"Circle\",\"coordinates\":[]}").message())
                    .isEqualTo("unknown type \"Circle\"; it must be \"Polygon\" or \"MultiPolygon\"");
        }

        @Test
        void missingType() {
            assertThat(onlyIssue("{\"coordinates\":[" + SHELL + "]}"))
                    .isEqualTo(new Issue("type", "type is missing; it must be \"Polygon\" or \"MultiPolygon\""));
        }

        @Test
        void typeIsNotText() {
            assertThat(onlyIssue("{\"type\":7,\"coordinates\":[" + SHELL + "]}").message())
                    .isEqualTo("type must be the text \"Polygon\" or \"MultiPolygon\", not a number (7)");
        }
    }

    @Nested
    class WrongShape {

        @Test
        void multiPolygonCoordinatesInAPolygon() {
            Issue issue = onlyIssue("{\"type\":\"Polygon\",\"coordinates\":[[" + SHELL + "]]}");

            assertThat(issue.field()).isEqualTo("coordinates");
            assertThat(issue.message())
                    .contains("nested 4 arrays deep, but a Polygon needs 3")
                    .endsWith("is this a MultiPolygon?");
        }

        @Test
        void polygonCoordinatesInAMultiPolygon() {
            Issue issue = onlyIssue("{\"type\":\"MultiPolygon\",\"coordinates\":[" + SHELL + "]}");

            assertThat(issue.message())
                    .contains("nested 3 arrays deep, but a MultiPolygon needs 4")
                    .endsWith("is this a Polygon?");
        }

        @Test
        void lineStringCoordinatesInAPolygon() {
            Issue issue = onlyIssue("{\"type\":\"Polygon\",\"coordinates\":" + SHELL + "}");

            assertThat(issue.message()).startsWith("coordinates are nested 2 arrays deep, but a Polygon needs 3");
        }

        @Test
        void inconsistentNesting() {
            List<Issue> issues =
                    issuesOf(polygon(SHELL, "5.5", "[[5.4990,50.9630],[[5.5030,50.9630]],\"x\",[5.4990,50.9630]]"));

            assertThat(issues)
                    .extracting(Issue::toString)
                    .containsExactly(
                            "coordinates[1]: ring 1 must be an array of positions, not a number (5.5)",
                            "coordinates[2][1]: expected a position [lon, lat] but found a list: the coordinates are nested too deep",
                            "coordinates[2][2]: position must be an array [lon, lat], not text \"x\"");
        }

        @Test
        void coordinatesMissing() {
            assertThat(onlyIssue("{\"type\":\"Polygon\"}"))
                    .isEqualTo(new Issue("coordinates", "coordinates are missing"));
        }

        @Test
        void coordinatesNotAnArray() {
            assertThat(onlyIssue("{\"type\":\"Polygon\",\"coordinates\":\"5.5 50.9\"}")
                            .message())
                    .isEqualTo("coordinates must be an array of rings, not text \"5.5 50.9\"");
        }

        @Test
        void noRings() {
            assertThat(onlyIssue("{\"type\":\"Polygon\",\"coordinates\":[]}").message())
                    .isEqualTo("a Polygon needs at least one ring (its outer border)");
        }
    }

    @Nested
    class NotAGeometry {

        @ParameterizedTest
        @ValueSource(strings = {"hello", "{", "{\"type\":\"Polygon\",}", "<Polygon/>", "[1,2,", "{} {}", "{} x"})
        void notJson(String text) {
            Issue issue = onlyIssue(text);

            assertThat(issue.field()).isEmpty();
            assertThat(issue.message()).startsWith("the text is not valid JSON");
        }

        @Test
        void notJsonSaysWhere() {
            assertThat(onlyIssue("{\"type\": Polygon}").message())
                    .isEqualTo("the text is not valid JSON (line 1, column 10)");
        }

        @Test
        void nanIsNotJson() {
            assertThat(onlyIssue(polygon("[[NaN,50.96],[5.5,50.96],[5.5,50.97],[NaN,50.96]]"))
                            .message())
                    .startsWith("the text is not valid JSON");
        }

        @Test
        void absurdInputStaysAnInvalidGeometry() {
            assertThat(onlyIssue("[".repeat(5000) + "]".repeat(5000)).message())
                    .startsWith("the text is not valid JSON");
            assertThat(onlyIssue("[" + "9".repeat(5000) + "]").message()).startsWith("the text is not valid JSON");
            assertThat(onlyIssue(polygon("[[1e99999999999,50.96]]")).message())
                    .startsWith("the text is not valid JSON");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n"})
        void emptyText(String text) {
            assertThat(onlyIssue(text)).isEqualTo(new Issue("", "no geometry was given: the text is empty"));
        }

        @Test
        void nullInput() {
            assertThatThrownBy(() -> ZoneGeometry.parse((String) null)).isInstanceOf(InvalidGeometryException.class);
            assertThatThrownBy(() -> ZoneGeometry.parse((JsonValue) null)).isInstanceOf(InvalidGeometryException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"[5.5, 50.965]", "42", "\"Polygon\"", "null", "true"})
        void jsonButNotAnObject(String text) {
            Issue issue = onlyIssue(text);

            assertThat(issue.field()).isEmpty();
            assertThat(issue.message())
                    .startsWith("the geometry must be a JSON object with \"type\" and \"coordinates\", not ");
        }
    }

    @Nested
    class Reporting {

        @Test
        void collectsEveryProblem() {
            List<Issue> issues = issuesOf(multiPolygon(
                    "[[5.4950,50.9600],[5.5080,50.9600],[5.5120,50.9680],[5.5010,50.9720]]",
                    "[[5.5200,50.9600],[5.5300,50.9600],[4.4,52.1],[5.5200,50.9600]]",
                    "[[5.5400,50.9600],[5.5500,50.9700],[5.5500,50.9600],[5.5400,50.9700],[5.5400,50.9600]]"));

            assertThat(issues)
                    .extracting(Issue::field)
                    .containsExactly("coordinates[0][0]", "coordinates[1][0][2]", "coordinates[2][0]");
        }

        @Test
        void messageJoinsAllIssues() {
            InvalidGeometryException e = catchThrowableOfType(
                    InvalidGeometryException.class,
                    () -> ZoneGeometry.parse(polygon("[[\"a\",50.96],[5.5,\"b\"],[5.5,50.97],[5.49,50.96]]")));

            assertThat(e.getMessage())
                    .isEqualTo("coordinates[0][0]: longitude must be a number, not text \"a\"; "
                            + "coordinates[0][1]: latitude must be a number, not text \"b\"");
        }

        @Test
        void issuesCannotBeModified() {
            InvalidGeometryException e = new InvalidGeometryException(new ArrayList<>(List.of(new Issue("type", "x"))));

            assertThatThrownBy(() -> e.issues().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
