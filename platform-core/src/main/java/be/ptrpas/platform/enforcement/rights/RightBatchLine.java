package be.ptrpas.platform.enforcement.rights;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One right of a batch: a {@link RightDetails} and the reference the right had in the system it comes from. The
 * reference is unique within the municipality, so a line sent again (a replayed batch, an overlapping export) finds
 * its right instead of registering it twice.
 *
 * @param externalRef the right's id in the other system: 1 to 100 characters, required
 */
public record RightBatchLine(
        @Schema(required = true) String externalRef,
        @Schema(required = true) String kind,
        @Schema(required = true) String plate,
        String country,
        String zone,
        @Schema(required = true) Instant validFrom,
        @Schema(required = true) Instant validTo,
        Boolean revealable,
        String note) {

    RightDetails details() {
        return new RightDetails(kind, plate, country, zone, validFrom, validTo, revealable, note);
    }
}
