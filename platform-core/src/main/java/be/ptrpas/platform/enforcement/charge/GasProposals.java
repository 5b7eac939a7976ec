package be.ptrpas.platform.enforcement.charge;

/**
 * Where scan processing hands a car without a right in a zone under the GAS regime: not a retribution but a GAS 4
 * proposal for the sanctioning official's procedure, made in the caller's transaction. Implemented by the GAS
 * feature, which depends on enforcement (plates, holder queue); enforcement does not depend on it.
 */
public interface GasProposals {

    /** What became of a scan proposal. */
    record Proposed(Kind kind, String fineId, String detail) {
        public enum Kind {
            PROPOSED,
            ALREADY_PROPOSED,
            NO_TARIFF
        }
    }

    /**
     * A GAS 4 proposal for this observation; nothing new when this observation was proposed before, or the plate was
     * already proposed in this zone that day.
     */
    Proposed proposeFromScan(GasProposal proposal);
}
