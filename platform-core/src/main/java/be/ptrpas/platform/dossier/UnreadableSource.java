package be.ptrpas.platform.dossier;

/**
 * A municipality whose dossier source gave no answer this time: the pass says its items could not be read, and shows
 * the rest.
 *
 * @param municipality whose source it is
 * @param slot         the plug-in slot ({@code dossier-source})
 * @param pluginId     the plug-in configured there
 * @param reason       why there is no answer
 */
public record UnreadableSource(Municipality municipality, String slot, String pluginId, Reason reason) {

    public enum Reason {
        /** No answer within the time the pass waits. */
        TIMEOUT,
        /** The source failed, refused, answered something invalid, or cannot be set up with its settings. */
        FAILING,
        /** The source failed repeatedly of late: it is not asked for a while (its circuit breaker is open). */
        CIRCUIT_OPEN
    }
}
