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
 * @param holderNationalNumber the holder's national number, when the holder is a person
 * @param holderCompanyNumber  the holder's company number, when the holder is a company: exactly one of the two is
 *     given, so the permit reaches its holder's PTR-pas
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

        @Schema(description = "the holder's national number; exactly one of this and holderCompanyNumber is required")
        String holderNationalNumber,

        @Schema(description = "the holder's company number; exactly one of this and holderNationalNumber is required")
        String holderCompanyNumber,

        String purpose,
        @Schema(required = true) JsonObject area,
        Double widthMetres,
        @Schema(required = true) Instant validFrom,
        @Schema(required = true) Instant validTo,
        List<PlateInput> plates) {

    public record PlateInput(@Schema(required = true) String plate, String country) {}
}
