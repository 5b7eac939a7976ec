package be.ptrpas.platform.enforcement.rights;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A right a clerk (or the municipality's IOD or permit system) registers.
 *
 * @param kind       what kind of right
 * @param plate      the plate, as written
 * @param country    the plate's country, BE when absent
 * @param zone       the zone code it is valid in; every zone of the municipality when absent
 * @param validFrom  start
 * @param validTo    end (exclusive)
 * @param revealable whether a warden may see the kind and end of the right (default true)
 * @param note       short free text, e.g. the IOD permit number
 */
public record RightDetails(
        @Schema(required = true) String kind,
        @Schema(required = true) String plate,
        String country,
        String zone,
        @Schema(required = true) Instant validFrom,
        @Schema(required = true) Instant validTo,
        Boolean revealable,
        String note) {}
