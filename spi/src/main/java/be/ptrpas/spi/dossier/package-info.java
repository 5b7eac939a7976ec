/**
 * Dossier sources (SPI 1.2): a municipality that keeps another back-office system (a retribution, GAS-fine or permit
 * application of its own) tells the platform, through a {@link be.ptrpas.spi.dossier.DossierSourceProvider}, which
 * dossier items that system holds for a person or a company, so that they show on the citizen's PTR-pas next to the
 * platform's own. Read-only: the platform never changes an item in the other system.
 *
 * @since SPI 1.2
 */
package be.ptrpas.spi.dossier;
