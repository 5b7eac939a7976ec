package be.ptrpas.platform.enforcement.session;

import java.time.Instant;

/** An operator moves a running session's end later. */
public record SessionExtension(Instant end) {}
