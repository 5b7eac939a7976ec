package be.ptrpas.platform.pass;

/**
 * A municipality whose other back-office system could not be read this time: the page says its items may be missing.
 *
 * @param reason TIMEOUT, FAILING or CIRCUIT_OPEN
 */
public record UnreadableSourceView(PassItemView.Municipality municipality, String reason) {}
