package be.ptrpas.platform.dossier;

import be.ptrpas.spi.dossier.DossierItem;

/** One item of the holder's dossier, with the municipality whose system holds it. */
public record DossierEntry(Municipality municipality, DossierItem item) {}
