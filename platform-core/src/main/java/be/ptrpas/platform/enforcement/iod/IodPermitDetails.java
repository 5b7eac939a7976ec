package be.ptrpas.platform.enforcement.iod;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An IOD permit as the municipality's clerk or its IOD system registers it.
 *
 * @param reference   the permit's number in the municipality's IOD system (unique)
 * @param holder      who may occupy the place (person or company name)
 * @param purpose     e.g. "verhuis", "container", "werf"
 * @param area        GeoJSON Polygon/MultiPolygon, or a LineString along the kerb with {@code widthMetres}
 * @param widthMetres the width of a street segment (2 to 50 m)
 * @param validFrom   start
 * @param validTo     end (exclusive)
 * @param plates      the vehicles allowed; none means any vehicle standing on the place
 */
public record IodPermitDetails(
        @Schema(required = true) String reference,
        @Schema(required = true) String holder,
        String purpose,
        @Schema(required = true) JsonObject area,
        Double widthMetres,
        @Schema(required = true) Instant validFrom,
        @Schema(required = true) Instant validTo,
        List<PlateInput> plates) {

    public record PlateInput(@Schema(required = true) String plate, String country) {}
}
