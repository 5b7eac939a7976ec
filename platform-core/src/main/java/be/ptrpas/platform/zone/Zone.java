package be.ptrpas.platform.zone;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.text.LocalizedColumns;
import be.ptrpas.platform.tenancy.CopiedEntityListener;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parking zone of one municipality: a kind (blue, paid, resident), a polygon, the streets whose addresses belong
 * to it, and the permit types valid in it. Its code is the business key used by tariffs, enforcement and citizens,
 * and never changes.
 */
@Entity
@EntityListeners(CopiedEntityListener.class)
@Table(name = "zone")
public class Zone extends TenantOwnedEntity {

    @Schema(name = "ZoneKind")
    public enum Kind {
        BLUE,
        PAID,
        RESIDENT,
        OTHER
    }

    /** Whether parking without a right here leads to a retribution or a GAS 4 fine proposal. */
    @Schema(name = "EnforcementRegime")
    public enum EnforcementRegime {
        RETRIBUTION,
        GAS
    }

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Embedded
    private LocalizedColumns name;

    @Column(name = "tier")
    private Integer tier;

    @Column(name = "max_stay_minutes")
    private Integer maxStayMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "enforcement_regime", nullable = false)
    private EnforcementRegime enforcementRegime;

    @Column(name = "geometry", nullable = false)
    private String geometry;

    @Column(name = "min_lat", nullable = false)
    private double minLat;

    @Column(name = "min_lon", nullable = false)
    private double minLon;

    @Column(name = "max_lat", nullable = false)
    private double maxLat;

    @Column(name = "max_lon", nullable = false)
    private double maxLon;
    /** JSON array of {@link ZoneDetails.Street}; always read together with the zone. */
    @Column(name = "streets", nullable = false)
    private String streets;
    /** JSON array of permit type codes. */
    @Column(name = "permit_types", nullable = false)
    private String permitTypes;

    protected Zone() {}

    Zone(String code) {
        this.code = code;
    }

    void apply(ZoneDetails details, ZoneGeometry parsedGeometry) {
        kind = details.kind();
        name = LocalizedColumns.update(name, details.name());
        tier = details.tier();
        maxStayMinutes = details.maxStayMinutes();
        enforcementRegime =
                details.enforcementRegime() == null ? EnforcementRegime.RETRIBUTION : details.enforcementRegime();
        geometry = parsedGeometry.toGeoJson().toString();
        ZoneGeometry.BoundingBox box = parsedGeometry.boundingBox();
        minLat = box.minLat();
        minLon = box.minLon();
        maxLat = box.maxLat();
        maxLon = box.maxLon();
        streets = Json.write(details.streets() == null ? List.of() : details.streets());
        permitTypes = Json.write(details.permitTypes() == null ? List.of() : details.permitTypes());
    }

    public String code() {
        return code;
    }

    /** Whether the point lies in the zone's bounding box: the cheap test before the polygon's. */
    boolean boxContains(double lat, double lon) {
        return minLat <= lat && lat <= maxLat && minLon <= lon && lon <= maxLon;
    }

    public Kind kind() {
        return kind;
    }

    public Integer maxStayMinutes() {
        return maxStayMinutes;
    }

    public Integer tier() {
        return tier;
    }

    public EnforcementRegime enforcementRegime() {
        return enforcementRegime;
    }

    public ZoneGeometry geometry() {
        return ZoneGeometry.parse(geometry);
    }

    /** The stored GeoJSON as is: it was validated and normalised when saved, so reading it needs no second check. */
    private JsonObject storedGeometry() {
        try (var reader = jakarta.json.Json.createReader(new StringReader(geometry))) {
            return reader.readObject();
        }
    }

    public List<String> permitTypes() {
        return List.of(Json.read(permitTypes, String[].class));
    }

    ZoneView view() {
        return new ZoneView(
                code,
                kind,
                LocalizedColumns.text(name),
                tier,
                maxStayMinutes,
                enforcementRegime,
                storedGeometry(),
                List.of(Json.read(streets, ZoneDetails.Street[].class)),
                permitTypes(),
                version(),
                updatedAt());
    }
}
