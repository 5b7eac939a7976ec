package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import java.time.Instant;

/**
 * A registered right as the API shows it.
 *
 * @param externalRef the right's id in the system it was migrated from (batch registration), else absent
 */
public record RightView(
        String id,
        String kind,
        String plate,
        String country,
        String zone,
        Instant validFrom,
        Instant validTo,
        boolean revealable,
        String note,
        Instant revokedAt,
        Instant createdAt,
        String externalRef) {

    static RightView of(ParkingRight right) {
        return new RightView(
                right.id(),
                right.kind().name(),
                PlateNumber.parse(right.plate(), right.country())
                        .map(PlateNumber::display)
                        .orElse(right.plate()),
                right.country(),
                right.zoneCode(),
                right.validFrom(),
                right.validTo(),
                right.revealable(),
                right.note(),
                right.revokedAt(),
                right.createdAt(),
                right.externalRef());
    }
}
