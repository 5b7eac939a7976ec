package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.persistence.WorkProbe;
import java.util.List;
import java.util.Optional;

/**
 * Charges found by a scan car whose addressee is the plate's registered holder, still to be looked up in the
 * municipality's vehicle register: retributions, and GAS 4 proposals. {@link HolderResolutionJob} works through each.
 */
public interface HolderQueue {

    /** The sweep's question which municipalities have charges waiting for their holder ({@link #awaitingHolder}). */
    WorkProbe waiting();

    /** Ids of charges whose Belgian plate's holder is still to be looked up, oldest first. */
    List<String> awaitingHolder(int limit);

    /** The normalised Belgian plate of such a charge. */
    String plateOf(String id);

    /** Records the register's answer: the holder's national or company number, or none (a clerk takes over). */
    void holderResolved(String id, Optional<String> holderId);
}
