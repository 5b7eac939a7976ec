package be.ptrpas.platform.enforcement.session;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator moves a running session's end later. */
public record SessionExtension(@Schema(required = true) Instant end) {}
