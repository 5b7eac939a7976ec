package be.ptrpas.platform.enforcement.card;

/** A plate the holder asks to link to their card (country defaults to BE). */
public record PlateLink(String plate, String country) {}
