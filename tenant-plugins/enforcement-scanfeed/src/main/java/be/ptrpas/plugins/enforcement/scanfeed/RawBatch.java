package be.ptrpas.plugins.enforcement.scanfeed;

import java.util.List;

/** A batch as read from the upload, before the rules that span observations are checked. */
record RawBatch(String batchId, List<LocatedObservation> observations) {

    RawBatch {
        observations = List.copyOf(observations);
    }
}
