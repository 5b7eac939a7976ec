package be.ptrpas.platform.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The JPA entity listener of every entity that a per-municipality copy is read from (zones, IOD permits, enforcement
 * settings; {@code @EntityListeners(CopiedEntityListener.class)} on the entity): a row inserted, updated or deleted,
 * by whatever service method, raises the municipality's change stamp and drops this instance's copies
 * ({@link ChangeStamps#changed()}). It runs when EclipseLink writes the row, inside the transaction.
 */
public class CopiedEntityListener {

    @Inject
    ChangeStamps stamps;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        ChangeStamps changeStamps = stamps();
        if (changeStamps != null) {
            changeStamps.changed();
        }
    }

    /** Injected by the container; looked up when the persistence provider did not inject its listeners. */
    private ChangeStamps stamps() {
        if (stamps != null) {
            return stamps;
        }
        try {
            return CDI.current().select(ChangeStamps.class).get();
        } catch (IllegalStateException e) {
            // Plain JPA without a CDI container (unit tests on the embedded database): there are no copies to drop.
            return null;
        }
    }
}
