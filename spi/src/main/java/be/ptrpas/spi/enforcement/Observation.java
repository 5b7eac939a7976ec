package be.ptrpas.spi.enforcement;

import java.time.Instant;

/**
 * One sighting of a parked car by a scan car or a warden's device.
 *
 * @param observationId the vendor's id, unique per vendor: replays with the same id are ignored
 * @param deviceId      the scan car or handheld
 * @param plate         the plate as read, not normalised
 * @param country       ISO 3166 alpha-2 country of the plate, e.g. BE, NL; null when unknown
 * @param observedAt    when the car was seen
 * @param latitude      WGS84 latitude
 * @param longitude     WGS84 longitude
 * @param photoReference the vendor's reference to the evidence photo, may be null
 */
public record Observation(
        String observationId,
        String deviceId,
        String plate,
        String country,
        Instant observedAt,
        double latitude,
        double longitude,
        String photoReference) {

    public Observation {
        if (observationId == null
                || observationId.isBlank()
                || plate == null
                || plate.isBlank()
                || observedAt == null) {
            throw new IllegalArgumentException("an observation needs an id, a plate and a time");
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("observation " + observationId + " has an impossible position");
        }
    }
}
