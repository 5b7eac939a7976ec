package be.ptrpas.spi.enforcement;

/**
 * What the municipality decided about an observation, pushed back to vendors that want it.
 *
 * @param observationId the vendor's observation id
 * @param outcome       what followed
 * @param reference     the retribution's or fine's reference, or null
 */
public record Decision(String observationId, Outcome outcome, String reference) {

    public enum Outcome {
        RIGHT_FOUND,
        RETRIBUTION,
        GAS_PROPOSAL,
        REVIEW,
        DISCARDED
    }
}
