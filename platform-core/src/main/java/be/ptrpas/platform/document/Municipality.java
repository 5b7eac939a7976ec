package be.ptrpas.platform.document;

/**
 * The municipality a document belongs to, as it is printed.
 *
 * @param name its name in the reader's language, e.g. {@code Stad Gent} or {@code Ville de Liège}
 * @param nisCode its five-digit NIS code, e.g. {@code 44021}
 */
public record Municipality(String name, String nisCode) {}
