package be.ptrpas.platform.dossier;

import be.ptrpas.platform.common.text.LocalizedText;

/**
 * The municipality an item or a failure belongs to.
 *
 * @param nis  its NIS code
 * @param name its name per language; null if the municipality has none
 */
public record Municipality(String nis, LocalizedText name) {}
