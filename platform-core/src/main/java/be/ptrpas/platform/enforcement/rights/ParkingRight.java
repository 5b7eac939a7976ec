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
    @Column(name = "zone_code", updatable = false)
    private String zoneCode;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;
    @Column(name = "valid_to", nullable = false, updatable = false)
    private Instant validTo;
    @Column(name = "revealable", nullable = false, updatable = false)
    private boolean revealable;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "note", updatable = false)
    private String note;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ParkingRight() {
    }

    ParkingRight(RightKind kind, String plate, String country, String zoneCode, Instant validFrom, Instant validTo,
                 boolean revealable, String idempotencyKey, String note) {
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
}
