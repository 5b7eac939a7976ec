package be.ptrpas.platform.enforcement.card;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plate the holder asks to link to their card (country defaults to BE). */
public record PlateLink(@Schema(required = true) String plate, String country) {}
