package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One right to park for one plate, in one zone (or every zone of the municipality when {@code zoneCode} is null),
 * for a period. A revoked right stays as history but no longer counts.
 */
@Entity
@Table(name = "parking_right")
public class ParkingRight extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private RightKind kind;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "country", nullable = false, updatable = false)
    private String country;

    @Column(name = "zone_code")
    private String zoneCode;
    /** Where the right holds when it is bound to an area rather than a zone (an IOD permit's area). */
    @Column(name = "area_id", updatable = false)
    private String areaId;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    private Instant validTo;

    @Column(name = "revealable", nullable = false, updatable = false)
    private boolean revealable;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    /** SHA-256 of the request that registered this, so the key cannot be reused for another request. */
    @Column(name = "request_hash", updatable = false)
    private String requestHash;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "revoked_at")
    private Instant revokedAt;
    /** The record this right comes from, which keeps it in step; null for rights registered directly. */
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", updatable = false)
    private RightSource sourceType;

    @Column(name = "source_id", updatable = false)
    private String sourceId;
    /** The right's id in the system a batch migrated it from; unique in the municipality. Null otherwise. */
    @Column(name = "external_ref", updatable = false)
    private String externalRef;

    protected ParkingRight() {}

    ParkingRight(
            RightKind kind,
            String plate,
            String country,
            String zoneCode,
            Instant validFrom,
            Instant validTo,
            boolean revealable,
            String idempotencyKey,
            String note) {
        this.kind = kind;
        this.plate = plate;
        this.country = country;
        this.zoneCode = zoneCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.revealable = revealable;
        this.idempotencyKey = idempotencyKey;
        this.note = note;
    }

    static ParkingRight fromSource(
            RightSource sourceType,
            String sourceId,
            RightKind kind,
            String plate,
            String country,
            String zoneCode,
            String areaId,
            Instant validFrom,
            Instant validTo,
            boolean revealable) {
        ParkingRight right = new ParkingRight(
                kind,
                plate,
                country,
                zoneCode,
                validFrom,
                validTo,
                revealable,
                sourceType + ":" + sourceId + ":" + country + ":" + plate,
                null);
        right.sourceType = sourceType;
        right.sourceId = sourceId;
        right.areaId = areaId;
        return right;
    }

    void reschedule(String zoneCode, Instant validFrom, Instant validTo) {
        this.zoneCode = zoneCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public RightKind kind() {
        return kind;
    }

    public String plate() {
        return plate;
    }

    public String country() {
        return country;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    public boolean revealable() {
        return revealable;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String note() {
        return note;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String areaId() {
        return areaId;
    }

    public RightSource sourceType() {
        return sourceType;
    }

    public String sourceId() {
        return sourceId;
    }

    public String externalRef() {
        return externalRef;
    }

    /** Keeps the fingerprint of the registering request (see {@link be.ptrpas.platform.common.web.IdempotencyKey}). */
    ParkingRight withRequestHash(String requestHash) {
        this.requestHash = requestHash;
        return this;
    }

    String requestHash() {
        return requestHash;
    }
}
