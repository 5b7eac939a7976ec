package be.ptrpas.platform.persistence;

import be.ptrpas.platform.common.time.EntityClock;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Optimistic-locking version and creation/update times, shared by every entity of the platform. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // To the microsecond, as both databases store them: the answer to a write shows the same times a later read does.
    @PrePersist
    protected void beforeInsert() {
        createdAt = EntityClock.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    protected void beforeUpdate() {
        updatedAt = EntityClock.now().truncatedTo(ChronoUnit.MICROS);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
