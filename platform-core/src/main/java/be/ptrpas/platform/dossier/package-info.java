/**
 * The citizen's dossier as other back-office systems hold it: for one person or company, the items of every
 * municipality that configured a dossier source ({@link be.ptrpas.spi.dossier.DossierSourceProvider}, slot
 * {@code dossier-source}), asked in parallel. Entry point: {@link be.ptrpas.platform.dossier.DossierService#answerFor}.
 */
package be.ptrpas.platform.dossier;
