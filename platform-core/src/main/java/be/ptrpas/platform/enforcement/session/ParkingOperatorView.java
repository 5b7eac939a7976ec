package be.ptrpas.platform.enforcement.session;

import java.time.Instant;

/**
 * A parking operator admitted in a municipality.
 *
 * @param operatorId the id its tokens carry
 * @param name       the name the municipality shows, e.g. "4411" or "EasyPark"
 */
public record ParkingOperatorView(
        String operatorId, String name, long version, Instant admittedAt, Instant updatedAt) {}
