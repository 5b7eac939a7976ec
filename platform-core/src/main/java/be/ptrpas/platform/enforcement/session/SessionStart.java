package be.ptrpas.platform.enforcement.session;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An operator starts a session.
 *
 * @param plate   the plate, as written
 * @param country its country (ISO 3166 alpha-2), BE when absent
 * @param zone    the zone code
 * @param start   when parking starts; now when absent (never earlier than now, give or take two minutes of clock skew)
 * @param end     the planned end (exclusive)
 */
public record SessionStart(
        @Schema(required = true) String plate,
        String country,
        @Schema(required = true) String zone,
        Instant start,
        Instant end) {}
