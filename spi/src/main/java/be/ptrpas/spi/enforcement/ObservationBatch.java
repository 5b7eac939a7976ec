package be.ptrpas.spi.enforcement;

import java.util.List;

/**
 * A verified batch of observations.
 *
 * @param batchId      the vendor's id of the batch, may be null
 * @param observations the observations, in the vendor's order
 */
public record ObservationBatch(String batchId, List<Observation> observations) {

    public ObservationBatch {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }
}
