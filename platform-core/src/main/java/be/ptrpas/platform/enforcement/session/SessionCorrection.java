package be.ptrpas.platform.enforcement.session;

import java.time.Instant;

/**
 * A correction within the edit window (a mistyped plate, the wrong zone, a start entered wrongly); absent fields stay
 * as they are. The planned end does not move: use an extension for that.
 */
public record SessionCorrection(String plate, String country, String zone, Instant start) {}
