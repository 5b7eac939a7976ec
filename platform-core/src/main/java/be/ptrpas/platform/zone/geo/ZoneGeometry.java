package be.ptrpas.platform.zone.geo;

import be.ptrpas.platform.zone.geo.InvalidGeometryException.Issue;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The outline of a municipal (parking) zone: a GeoJSON Polygon or MultiPolygon in WGS84 that has
 * been checked to be well-formed, inside Belgium and topologically valid.
 *
 * <p>Immutable and safe to share between threads: JTS prepared geometries build their point
 * index lazily under a lock.
 */
public final class ZoneGeometry {

    /** Keeps uploads and point-in-zone checks cheap; real zone outlines need far fewer. */
    public static final int MAX_POSITIONS = 5_000;

    public static final int MAX_POLYGONS = 50;

    /** Belgium's WGS84 bounding box; catches foreign data and swapped lat/lon early. */
    public static final BoundingBox BELGIUM = new BoundingBox(49.45, 2.50, 51.55, 6.45);

    // Past this an admin gains nothing from a longer list; the remainder is summarised.
    private static final int MAX_REPORTED_ISSUES = 100;

    // An error location counts as "on" a ring within this distance, in degrees (about 0.1 mm).
    private static final double LOCATE_TOLERANCE = 1e-9;

    // About 1 m² at Belgian latitudes, in square degrees: no real zone or hole is that small,
    // so anything below is a drawing slip (positions almost on one line).
    private static final double MIN_RING_AREA = 1.3e-10;

    private static final double METRES_PER_DEGREE_LAT = 111_320.0;

    private static final GeometryFactory JTS = new GeometryFactory(new PrecisionModel(), 4326);

    /** A WGS84 rectangle; inclusive on all sides. */
    public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) {
        public BoundingBox {
            if (!(minLat <= maxLat && minLon <= maxLon)) {
                throw new IllegalArgumentException("empty or non-numeric bounding box");
            }
        }

        public boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    private final boolean multi;
    private final double[][][][] coordinates; // [polygon][ring][position] -> {lon, lat}
    private final int positionCount;
    private final BoundingBox boundingBox;
    private final PreparedGeometry prepared;

    private ZoneGeometry(boolean multi, double[][][][] coordinates, Geometry geometry) {
        this.multi = multi;
        this.coordinates = coordinates;
        this.positionCount = geometry.getNumPoints();
        Envelope envelope = geometry.getEnvelopeInternal();
        this.boundingBox =
                new BoundingBox(envelope.getMinY(), envelope.getMinX(), envelope.getMaxY(), envelope.getMaxX());
        this.prepared = PreparedGeometryFactory.prepare(geometry);
    }

    /** Parses and validates GeoJSON text; any problem, including broken JSON, is an {@link InvalidGeometryException}. */
    public static ZoneGeometry parse(String geoJsonText) {
        if (geoJsonText == null || geoJsonText.isBlank()) {
            throw invalid("", "no geometry was given: the text is empty");
        }
        return parse(readJson(geoJsonText));
    }

    /** Validates a GeoJSON geometry object of type Polygon or MultiPolygon. */
    public static ZoneGeometry parse(JsonValue geoJson) {
        return new Parser().parse(geoJson);
    }

    /** True when the point lies inside the zone or on its border; points in a hole are outside. */
    public boolean contains(double lat, double lon) {
        // The rectangle test is far cheaper and rejects most points in a city-wide lookup.
        if (!boundingBox.contains(lat, lon)) {
            return false;
        }
        return prepared.covers(JTS.createPoint(new Coordinate(lon, lat)));
    }

    /**
     * True when some part of the zone lies within about {@code metres} of the point: inside the square of that half-width
     * around it (a plate check outside every zone names the rights of zones nearby; a square is close enough for that).
     */
    public boolean isNear(double lat, double lon, double metres) {
        double dLat = metres / METRES_PER_DEGREE_LAT;
        double dLon = metres / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat)));
        if (lat + dLat < boundingBox.minLat()
                || lat - dLat > boundingBox.maxLat()
                || lon + dLon < boundingBox.minLon()
                || lon - dLon > boundingBox.maxLon()) {
            return false;
        }
        return prepared.intersects(JTS.toGeometry(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat)));
    }

    public BoundingBox boundingBox() {
        return boundingBox;
    }

    /** Canonical GeoJSON: only type and coordinates, positions as [lon, lat]. */
    public JsonObject toGeoJson() {
        JsonBuilderFactory json = JsonFactories.BUILDERS;
        JsonArrayBuilder coords;
        if (multi) {
            coords = json.createArrayBuilder();
            for (double[][][] polygon : coordinates) {
                coords.add(polygonJson(json, polygon));
            }
        } else {
            coords = polygonJson(json, coordinates[0]);
        }
        return json.createObjectBuilder()
                .add("type", multi ? "MultiPolygon" : "Polygon")
                .add("coordinates", coords)
                .build();
    }

    private static JsonArrayBuilder polygonJson(JsonBuilderFactory json, double[][][] polygon) {
        JsonArrayBuilder rings = json.createArrayBuilder();
        for (double[][] ring : polygon) {
            JsonArrayBuilder positions = json.createArrayBuilder();
            for (double[] position : ring) {
                positions.add(json.createArrayBuilder().add(position[0]).add(position[1]));
            }
            rings.add(positions);
        }
        return rings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneGeometry other
                && multi == other.multi
                && Arrays.deepEquals(coordinates, other.coordinates);
    }

    @Override
    public int hashCode() {
        return 31 * Boolean.hashCode(multi) + Arrays.deepHashCode(coordinates);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "ZoneGeometry[%s, %d polygon(s), %d positions, lat %s..%s, lon %s..%s]",
                multi ? "MultiPolygon" : "Polygon",
                coordinates.length,
                positionCount,
                number(boundingBox.minLat()),
                number(boundingBox.maxLat()),
                number(boundingBox.minLon()),
                number(boundingBox.maxLon()));
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonValue readJson(String text) {
        JsonValue value;
        boolean trailing;
        try (JsonParser parser = JsonFactories.PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            trailing = parser.hasNext();
        } catch (JsonParsingException e) {
            throw invalid("", "the text is not valid JSON" + where(e.getLocation()));
        } catch (RuntimeException e) {
            // Parsson reports some limits (nesting depth, number length) as plain runtime exceptions.
            throw invalid("", "the text is not valid JSON");
        }
        if (trailing) {
            throw invalid("", "the text is not valid JSON: there is more text after the geometry");
        }
        return value;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNumber() < 1 || location.getColumnNumber() < 1) {
            return "";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static InvalidGeometryException invalid(String field, String message) {
        return new InvalidGeometryException(List.of(new Issue(field, message)));
    }

    /** Rounds to 5 decimals (about 1 m), which is what an admin needs to find a spot on a map. */
    static String number(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e6) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value)
                .setScale(5, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String latLon(double lat, double lon) {
        return "lat " + number(lat) + ", lon " + number(lon);
    }

    // Looked up once: finding a JSON-P provider goes through the ServiceLoader.
    private static final class JsonFactories {
        static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
        static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    }

    /** One validation run; collects issues instead of stopping at the first. */
    private static final class Parser {

        private final List<Issue> issues = new ArrayList<>();
        private boolean multi;

        ZoneGeometry parse(JsonValue value) {
            if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
                issue(
                        "",
                        "the geometry must be a JSON object with \"type\" and \"coordinates\", not " + describe(value));
                throw failure();
            }
            JsonObject object = value.asJsonObject();
            readType(object.get("type"));
            JsonArray top = readTopLevel(object.get("coordinates"));
            checkLimits(top);

            List<JsonValue> polygonValues = multi ? top : List.of(top);
            int count = polygonValues.size();
            double[][][][] polygons = new double[count][][][];
            Polygon[] jtsPolygons = new Polygon[count];
            boolean allValid = true;
            for (int p = 0; p < count; p++) {
                polygons[p] = readPolygon(p, polygonValues.get(p));
                if (polygons[p] == null) {
                    allValid = false;
                    continue;
                }
                jtsPolygons[p] = toJts(polygons[p]);
                allValid &= checkPolygon(p, jtsPolygons);
            }
            // Overlap between polygons only makes sense to look for once each polygon is sound.
            if (multi && allValid) {
                TopologyValidationError error = new IsValidOp(JTS.createMultiPolygon(jtsPolygons)).getValidationError();
                if (error != null) {
                    report(error, jtsPolygons, -1);
                }
            }
            if (!issues.isEmpty()) {
                throw failure();
            }
            Geometry geometry = multi ? JTS.createMultiPolygon(jtsPolygons) : jtsPolygons[0];
            return new ZoneGeometry(multi, polygons, geometry);
        }

        private void readType(JsonValue type) {
            if (type == null) {
                issue("type", "type is missing; it must be \"Polygon\" or \"MultiPolygon\"");
            } else if (!(type instanceof JsonString string)) {
                issue("type", "type must be the text \"Polygon\" or \"MultiPolygon\", not " + describe(type));
            } else {
                String name = string.getString();
                switch (name) {
                    case "Polygon" -> multi = false;
                    case "MultiPolygon" -> multi = true;
                    case "Feature", "FeatureCollection" ->
                        issue(
                                "type",
                                "a " + name
                                        + " was given; send only its geometry (type \"Polygon\" or \"MultiPolygon\")");
                    case "Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection" ->
                        issue("type", "a " + name + " cannot be a zone; it must be a Polygon or MultiPolygon");
                    default -> {
                        if (name.equalsIgnoreCase("Polygon") || name.equalsIgnoreCase("MultiPolygon")) {
                            issue(
                                    "type",
                                    "type \"" + name + "\" must be spelled exactly \"Polygon\" or "
                                            + "\"MultiPolygon\" (upper and lower case matter)");
                        } else {
                            issue(
                                    "type",
                                    "unknown type " + quote(name) + "; it must be \"Polygon\" or \"MultiPolygon\"");
                        }
                    }
                }
            }
            if (!issues.isEmpty()) {
                throw failure(); // without a known type the coordinates cannot be interpreted
            }
        }

        private JsonArray readTopLevel(JsonValue coordinates) {
            if (coordinates == null) {
                issue("coordinates", "coordinates are missing");
            } else if (coordinates.getValueType() != JsonValue.ValueType.ARRAY) {
                issue(
                        "coordinates",
                        "coordinates must be an array of " + (multi ? "polygons" : "rings") + ", not "
                                + describe(coordinates));
            } else if (coordinates.asJsonArray().isEmpty()) {
                issue(
                        "coordinates",
                        multi
                                ? "a MultiPolygon needs at least one polygon"
                                : "a Polygon needs at least one ring (its outer border)");
            } else {
                checkNesting(coordinates.asJsonArray());
            }
            if (!issues.isEmpty()) {
                throw failure();
            }
            return coordinates.asJsonArray();
        }

        // Swapping Polygon and MultiPolygon nesting is a common mistake; say so once instead of
        // reporting a wrong shape at every ring or position.
        private void checkNesting(JsonArray coordinates) {
            int expected = multi ? 4 : 3;
            int depth = 0;
            JsonValue node = coordinates;
            while (node.getValueType() == JsonValue.ValueType.ARRAY) {
                if (node.asJsonArray().isEmpty()) {
                    return; // an empty ring or polygon is reported more precisely later
                }
                depth++;
                node = node.asJsonArray().get(0);
            }
            if (depth == expected) {
                return;
            }
            String message = String.format(
                    Locale.ROOT,
                    "coordinates are nested %d arrays deep, but a %s needs %d (%s)",
                    depth,
                    multi ? "MultiPolygon" : "Polygon",
                    expected,
                    multi ? "polygons, rings, positions" : "rings, positions");
            if (multi && depth == 3) {
                message += "; is this a Polygon?";
            } else if (!multi && depth == 4) {
                message += "; is this a MultiPolygon?";
            }
            issue("coordinates", message);
        }

        // Checked before anything else so an oversized upload costs no more than a count.
        private void checkLimits(JsonArray top) {
            if (multi && top.size() > MAX_POLYGONS) {
                issue(
                        "coordinates",
                        String.format(
                                Locale.ROOT,
                                "a MultiPolygon may have at most %d polygons; this one has %d",
                                MAX_POLYGONS,
                                top.size()));
            }
            long positions = 0;
            for (JsonValue polygon : multi ? top : List.of(top)) {
                if (polygon.getValueType() != JsonValue.ValueType.ARRAY) {
                    continue;
                }
                for (JsonValue ring : polygon.asJsonArray()) {
                    if (ring.getValueType() == JsonValue.ValueType.ARRAY) {
                        positions += ring.asJsonArray().size();
                    }
                }
            }
            if (positions > MAX_POSITIONS) {
                issue(
                        "coordinates",
                        String.format(
                                Locale.ROOT,
                                "the zone has %,d positions but at most %,d are allowed; simplify the outline",
                                positions,
                                MAX_POSITIONS));
            }
            if (!issues.isEmpty()) {
                throw failure();
            }
        }

        /** Returns null when the polygon cannot be used; the reasons are recorded as issues. */
        private double[][][] readPolygon(int p, JsonValue value) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                issue(polygonField(p), polygonLabel(p) + " must be an array of rings, not " + describe(value));
                return null;
            }
            JsonArray rings = value.asJsonArray();
            if (rings.isEmpty()) {
                issue(polygonField(p), polygonLabel(p) + " has no rings; it needs at least its outer border");
                return null;
            }
            double[][][] result = new double[rings.size()][][];
            boolean usable = true;
            for (int r = 0; r < rings.size(); r++) {
                result[r] = readRing(p, r, rings.get(r));
                usable &= result[r] != null;
            }
            return usable ? result : null;
        }

        private double[][] readRing(int p, int r, JsonValue value) {
            String field = ringField(p, r);
            String label = ringLabel(p, r);
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                issue(field, label + " must be an array of positions, not " + describe(value));
                return null;
            }
            JsonArray positions = value.asJsonArray();
            double[][] result = new double[positions.size()][];
            boolean usable = true;
            for (int i = 0; i < positions.size(); i++) {
                result[i] = readPosition(positionField(p, r, i), positions.get(i));
                usable &= result[i] != null;
            }
            if (positions.size() < 4) {
                issue(
                        field,
                        String.format(
                                Locale.ROOT,
                                "%s has %d position%s; a ring needs at least 4 "
                                        + "(3 corners, then the first one repeated)",
                                label,
                                positions.size(),
                                positions.size() == 1 ? "" : "s"));
                usable = false;
            }
            if (positions.size() >= 2 && result[0] != null && result[result.length - 1] != null) {
                double[] first = result[0];
                double[] last = result[result.length - 1];
                if (first[0] != last[0] || first[1] != last[1]) {
                    issue(field, label + " is not closed: the first and last position must be equal");
                    usable = false;
                }
            }
            return usable ? result : null;
        }

        /** Returns {lon, lat}, or null when unusable. Outside Belgium is reported but still usable. */
        private double[] readPosition(String field, JsonValue value) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                issue(field, "position must be an array [lon, lat], not " + describe(value));
                return null;
            }
            JsonArray numbers = value.asJsonArray();
            if (numbers.stream().anyMatch(v -> v.getValueType() == JsonValue.ValueType.ARRAY)) {
                issue(field, "expected a position [lon, lat] but found a list: the coordinates are nested too deep");
                return null;
            }
            if (numbers.size() < 2 || numbers.size() > 3) {
                issue(
                        field,
                        "position must be [lon, lat] or [lon, lat, altitude], but it has " + numbers.size() + " value"
                                + (numbers.size() == 1 ? "" : "s"));
                return null;
            }
            double lon = coordinate(field, "longitude", numbers.get(0));
            double lat = coordinate(field, "latitude", numbers.get(1));
            boolean altitudeOk = numbers.size() < 3 || !Double.isNaN(coordinate(field, "altitude", numbers.get(2)));
            if (Double.isNaN(lon) || Double.isNaN(lat) || !altitudeOk) {
                return null;
            }
            if (!BELGIUM.contains(lat, lon)) {
                String hint = BELGIUM.contains(lon, lat)
                        ? "; latitude and longitude look swapped: GeoJSON positions are [lon, lat]"
                        : "";
                issue(field, "position is outside Belgium (" + latLon(lat, lon) + ")" + hint);
            }
            return new double[] {lon, lat};
        }

        /** Returns NaN (after recording why) for anything that is not a finite number. */
        private double coordinate(String field, String name, JsonValue value) {
            if (!(value instanceof JsonNumber number)) {
                String hint =
                        value instanceof JsonString text && looksNumeric(text.getString()) ? "; remove the quotes" : "";
                issue(field, name + " must be a number, not " + describe(value) + hint);
                return Double.NaN;
            }
            double result = number.doubleValue();
            if (!Double.isFinite(result)) {
                issue(field, name + " is not a usable number (" + abbreviate(number.toString()) + ")");
                return Double.NaN;
            }
            return result;
        }

        private static boolean looksNumeric(String text) {
            return text.strip().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        }

        private static Polygon toJts(double[][][] rings) {
            LinearRing[] jtsRings = new LinearRing[rings.length];
            for (int r = 0; r < rings.length; r++) {
                Coordinate[] coordinates = new Coordinate[rings[r].length];
                for (int i = 0; i < coordinates.length; i++) {
                    coordinates[i] = new Coordinate(rings[r][i][0], rings[r][i][1]);
                }
                jtsRings[r] = JTS.createLinearRing(coordinates);
            }
            return JTS.createPolygon(jtsRings[0], Arrays.copyOfRange(jtsRings, 1, jtsRings.length));
        }

        private boolean checkPolygon(int p, Polygon[] polygons) {
            Polygon polygon = polygons[p];
            // A flat ring would otherwise surface as a confusing self-intersection.
            boolean flat = false;
            for (int r = 0; r < polygon.getNumInteriorRing() + 1; r++) {
                LinearRing ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
                if (isFlat(ring.getCoordinates())) {
                    issue(ringField(p, r), ringLabel(p, r) + " has no area: its positions all lie on one line");
                    flat = true;
                }
            }
            if (flat) {
                return false;
            }
            TopologyValidationError error = new IsValidOp(polygon).getValidationError();
            if (error != null) {
                report(error, polygons, p);
                return false;
            }
            // Only now: the lobes of a self-intersecting ring cancel out and would look like a sliver.
            boolean sliver = false;
            for (int r = 0; r < polygon.getNumInteriorRing() + 1; r++) {
                LinearRing ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
                if (Area.ofRing(ring.getCoordinateSequence()) < MIN_RING_AREA) {
                    issue(
                            ringField(p, r),
                            ringLabel(p, r)
                                    + " has almost no area (less than 1 m²): its positions nearly lie on one line");
                    sliver = true;
                }
            }
            return !sliver;
        }

        // Exact orientation tests rather than area == 0: a floating-point area of collinear
        // positions is rarely exactly zero.
        private static boolean isFlat(Coordinate[] ring) {
            Coordinate first = ring[0];
            Coordinate other = Arrays.stream(ring)
                    .filter(c -> !c.equals2D(first))
                    .findFirst()
                    .orElse(null);
            return other == null
                    || Arrays.stream(ring).allMatch(c -> Orientation.index(first, other, c) == Orientation.COLLINEAR);
        }

        /**
         * Turns a JTS error into an admin-readable issue, pinned to the ring(s) passing through
         * the error location. {@code onlyPolygon} limits the search, or is -1 for all polygons.
         */
        private void report(TopologyValidationError error, Polygon[] polygons, int onlyPolygon) {
            Coordinate at = error.getCoordinate();
            List<int[]> hits = at == null ? List.of() : ringsThrough(at, polygons, onlyPolygon);
            TreeSet<Integer> polygonsHit = new TreeSet<>();
            hits.forEach(hit -> polygonsHit.add(hit[0]));
            String near = at == null ? "" : " near " + latLon(at.y, at.x);

            String field;
            if (hits.size() == 1) {
                field = ringField(hits.get(0)[0], hits.get(0)[1]);
            } else if (polygonsHit.size() == 1) {
                field = polygonField(polygonsHit.first());
            } else if (onlyPolygon >= 0 && polygonsHit.isEmpty()) {
                field = polygonField(onlyPolygon);
            } else {
                field = "coordinates";
            }
            int polygon = polygonsHit.size() == 1 ? polygonsHit.first() : Math.max(onlyPolygon, 0);
            String ring = hits.size() == 1 ? ringLabel(hits.get(0)[0], hits.get(0)[1]) : "a ring";

            String message = switch (error.getErrorType()) {
                case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> {
                    if (hits.size() == 1) {
                        yield ring + " self-intersects" + near;
                    } else if (polygonsHit.size() > 1) {
                        yield "polygons " + join(polygonsHit) + " overlap or share a border" + near;
                    } else if (polygonsHit.size() == 1) {
                        TreeSet<Integer> rings = new TreeSet<>();
                        hits.forEach(hit -> rings.add(hit[1]));
                        yield "rings " + join(rings) + (multi ? " of polygon " + polygon : "")
                                + " cross or overlap each other" + near;
                    }
                    yield "the zone self-intersects" + near;
                }
                case TopologyValidationError.HOLE_OUTSIDE_SHELL ->
                    (hits.size() == 1 ? ring + " is a hole but lies" : "a hole of " + polygonLabel(polygon) + " lies")
                            + " outside the outer border" + near;
                case TopologyValidationError.NESTED_HOLES ->
                    (hits.size() == 1 ? ring + " is a hole that lies" : "a hole lies") + " inside another hole" + near;
                case TopologyValidationError.DISCONNECTED_INTERIOR ->
                    "the holes of " + polygonLabel(polygon) + " cut it into separate pieces" + near;
                case TopologyValidationError.NESTED_SHELLS ->
                    polygonsHit.size() == 1
                            ? "polygon " + polygon + " lies inside another polygon" + near
                            : "one polygon lies inside another" + near;
                case TopologyValidationError.DUPLICATE_RINGS -> "two rings are identical" + near;
                case TopologyValidationError.TOO_FEW_POINTS ->
                    (hits.size() == 1 ? ring : "a ring") + " has fewer than 3 different corners" + near;
                default -> "the shape is invalid (" + error.getMessage().toLowerCase(Locale.ROOT) + ")" + near;
            };
            issue(field, message);
        }

        /** Every {polygon, ring} whose line passes through the given point. */
        private static List<int[]> ringsThrough(Coordinate at, Polygon[] polygons, int onlyPolygon) {
            Point point = JTS.createPoint(at);
            List<int[]> hits = new ArrayList<>();
            for (int p = 0; p < polygons.length; p++) {
                if (polygons[p] == null || (onlyPolygon >= 0 && p != onlyPolygon)) {
                    continue;
                }
                for (int r = 0; r < polygons[p].getNumInteriorRing() + 1; r++) {
                    LinearRing ring = r == 0 ? polygons[p].getExteriorRing() : polygons[p].getInteriorRingN(r - 1);
                    if (ring.distance(point) <= LOCATE_TOLERANCE) {
                        hits.add(new int[] {p, r});
                    }
                }
            }
            return hits;
        }

        private String polygonField(int p) {
            return multi ? "coordinates[" + p + "]" : "coordinates";
        }

        private String ringField(int p, int r) {
            return (multi ? "coordinates[" + p + "]" : "coordinates") + "[" + r + "]";
        }

        private String positionField(int p, int r, int i) {
            return ringField(p, r) + "[" + i + "]";
        }

        private String polygonLabel(int p) {
            return multi ? "polygon " + p : "the polygon";
        }

        private String ringLabel(int p, int r) {
            return multi ? "polygon " + p + " ring " + r : "ring " + r;
        }

        private void issue(String field, String message) {
            issues.add(new Issue(field, message));
        }

        private InvalidGeometryException failure() {
            if (issues.size() <= MAX_REPORTED_ISSUES) {
                return new InvalidGeometryException(issues);
            }
            List<Issue> shown = new ArrayList<>(issues.subList(0, MAX_REPORTED_ISSUES));
            shown.add(new Issue("coordinates", "… and " + (issues.size() - MAX_REPORTED_ISSUES) + " more problems"));
            return new InvalidGeometryException(shown);
        }

        private static String join(TreeSet<Integer> numbers) {
            List<String> parts = numbers.stream().map(String::valueOf).toList();
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }

        private static String describe(JsonValue value) {
            if (value == null) {
                return "nothing";
            }
            return switch (value.getValueType()) {
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case STRING -> "text " + quote(((JsonString) value).getString());
                case NUMBER -> "a number (" + abbreviate(value.toString()) + ")";
                case TRUE, FALSE -> "a true/false value";
                case NULL -> "null";
            };
        }

        private static String quote(String text) {
            return "\"" + abbreviate(text) + "\"";
        }
    }

    // Admin-facing messages must stay short even when the input is not.
    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
