package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.zone.geo.InvalidGeometryException;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The place an occupation of the public domain (IOD) covers: a polygon (a building site, a terrace), or a street
 * segment — a line along the kerb with a width in metres (a removal van, a container). Distances are computed in a
 * local flat projection around the point, which is exact to centimetres over the few hundred metres involved.
 */
public final class IodArea {

    public enum Kind {
        POLYGON,
        STREET_SEGMENT
    }

    static final double MIN_WIDTH = 2;
    static final double MAX_WIDTH = 50;
    static final int MAX_LINE_POINTS = 100;
    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

    private final Kind kind;
    private final ZoneGeometry polygon;
    private final double[][] line; // [lon, lat] positions
    private final double widthMetres;
    private final ZoneGeometry.BoundingBox box;

    private IodArea(
            Kind kind, ZoneGeometry polygon, double[][] line, double widthMetres, ZoneGeometry.BoundingBox box) {
        this.kind = kind;
        this.polygon = polygon;
        this.line = line;
        this.widthMetres = widthMetres;
        this.box = box;
    }

    /**
     * Reads a GeoJSON Polygon/MultiPolygon, or a LineString with a width; the problem (for a field error) otherwise.
     */
    public static IodArea parse(JsonValue geometry, Double widthMetres) {
        if (!(geometry instanceof JsonObject object) || !(object.get("type") instanceof JsonString type)) {
            throw new IllegalArgumentException("must be a GeoJSON Polygon, MultiPolygon or LineString object");
        }
        if (!"LineString".equals(type.getString())) {
            if (widthMetres != null) {
                throw new IllegalArgumentException("widthMetres is only for a street segment (LineString)");
            }
            try {
                ZoneGeometry parsed = ZoneGeometry.parse(geometry);
                return new IodArea(Kind.POLYGON, parsed, null, 0, parsed.boundingBox());
            } catch (InvalidGeometryException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        if (widthMetres == null || !(widthMetres >= MIN_WIDTH && widthMetres <= MAX_WIDTH)) {
            throw new IllegalArgumentException(
                    "a street segment needs widthMetres between " + (int) MIN_WIDTH + " and " + (int) MAX_WIDTH);
        }
        double[][] points = readLine(object.get("coordinates"));
        return new IodArea(Kind.STREET_SEGMENT, null, points, widthMetres, lineBox(points, widthMetres));
    }

    /** Reads an area back from what {@link #toGeoJson()} stored. */
    static IodArea stored(String geoJson, Double widthMetres) {
        try (var reader = Json.createReader(new StringReader(geoJson))) {
            return parse(reader.readObject(), widthMetres);
        }
    }

    private static double[][] readLine(JsonValue coordinates) {
        if (!(coordinates instanceof JsonArray positions)
                || positions.size() < 2
                || positions.size() > MAX_LINE_POINTS) {
            throw new IllegalArgumentException("a LineString needs 2 to " + MAX_LINE_POINTS + " positions [lon, lat]");
        }
        double[][] points = new double[positions.size()][];
        for (int i = 0; i < positions.size(); i++) {
            if (!(positions.get(i) instanceof JsonArray position)
                    || position.size() < 2
                    || !(position.get(0) instanceof JsonNumber lon)
                    || !(position.get(1) instanceof JsonNumber lat)) {
                throw new IllegalArgumentException("position " + i + " must be [lon, lat]");
            }
            if (!ZoneGeometry.BELGIUM.contains(lat.doubleValue(), lon.doubleValue())) {
                throw new IllegalArgumentException(
                        "position " + i + " lies outside Belgium (positions are [lon, lat])");
            }
            points[i] = new double[] {lon.doubleValue(), lat.doubleValue()};
        }
        return points;
    }

    private static ZoneGeometry.BoundingBox lineBox(double[][] points, double widthMetres) {
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (double[] p : points) {
            minLon = Math.min(minLon, p[0]);
            maxLon = Math.max(maxLon, p[0]);
            minLat = Math.min(minLat, p[1]);
            maxLat = Math.max(maxLat, p[1]);
        }
        double half = widthMetres / 2;
        double dLat = half / METRES_PER_DEGREE_LAT;
        double dLon = half / (METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(maxLat)));
        return new ZoneGeometry.BoundingBox(minLat - dLat, minLon - dLon, maxLat + dLat, maxLon + dLon);
    }

    public Kind kind() {
        return kind;
    }

    public double widthMetres() {
        return widthMetres;
    }

    public ZoneGeometry.BoundingBox boundingBox() {
        return box;
    }

    /** Whether a car standing at this point stands on the occupied place. */
    public boolean covers(double lat, double lon) {
        if (!box.contains(lat, lon)) {
            return false;
        }
        if (kind == Kind.POLYGON) {
            return polygon.contains(lat, lon);
        }
        return distanceToLineMetres(lat, lon) <= widthMetres / 2;
    }

    /**
     * Whether the area lies (partly) in a zone: for a check that names only a zone, a plate-bound IOD permit counts
     * when its place is in that zone. Judged by the area's corner and line points and its centre.
     */
    public boolean liesIn(ZoneGeometry zone) {
        for (double[] point : samplePoints()) {
            if (zone.contains(point[1], point[0])) {
                return true;
            }
        }
        return false;
    }

    private List<double[]> samplePoints() {
        List<double[]> points = new ArrayList<>();
        if (kind == Kind.STREET_SEGMENT) {
            points.addAll(List.of(line));
        } else {
            JsonArray polygons = polygon.toGeoJson().getString("type").equals("Polygon")
                    ? Json.createArrayBuilder()
                            .add(polygon.toGeoJson().getJsonArray("coordinates"))
                            .build()
                    : polygon.toGeoJson().getJsonArray("coordinates");
            for (JsonValue rings : polygons) {
                for (JsonValue position : ((JsonArray) rings).getJsonArray(0)) {
                    JsonArray p = (JsonArray) position;
                    points.add(new double[] {
                        p.getJsonNumber(0).doubleValue(), p.getJsonNumber(1).doubleValue()
                    });
                }
            }
        }
        points.add(new double[] {(box.minLon() + box.maxLon()) / 2, (box.minLat() + box.maxLat()) / 2});
        return points;
    }

    private double distanceToLineMetres(double lat, double lon) {
        double xScale = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat));
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 1 < line.length; i++) {
            double ax = (line[i][0] - lon) * xScale, ay = (line[i][1] - lat) * METRES_PER_DEGREE_LAT;
            double bx = (line[i + 1][0] - lon) * xScale, by = (line[i + 1][1] - lat) * METRES_PER_DEGREE_LAT;
            double dx = bx - ax, dy = by - ay;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
            best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
        return best;
    }

    /** Canonical GeoJSON of the area's geometry. */
    public JsonObject toGeoJson() {
        if (kind == Kind.POLYGON) {
            return polygon.toGeoJson();
        }
        JsonArrayBuilder positions = Json.createArrayBuilder();
        for (double[] p : line) {
            positions.add(Json.createArrayBuilder().add(p[0]).add(p[1]));
        }
        return Json.createObjectBuilder()
                .add("type", "LineString")
                .add("coordinates", positions)
                .build();
    }

    static Optional<String> problem(JsonValue geometry, Double widthMetres) {
        try {
            parse(geometry, widthMetres);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
