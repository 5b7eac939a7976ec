package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A parking card for people with a disability. Unlike everything else in enforcement it belongs to no municipality:
 * it is registered once and valid in all of them, so its table has no tenant column and no row-level security.
 * The right to park is tied to the card; the plates its holder links are only how a check finds it.
 */
@Entity
@Table(name = "disabled_card")
public class DisabledCard extends VersionedEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "card_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "holder_national_number", nullable = false, updatable = false)
    private String holderNationalNumber;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    private Instant validTo;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    /** SHA-256 of the request that registered this, so the key cannot be reused for another request. */
    @Column(name = "request_hash", updatable = false)
    private String requestHash;

    protected DisabledCard() {}

    DisabledCard(
            String number, String holderNationalNumber, Instant validFrom, Instant validTo, String idempotencyKey) {
        this.id = UUID.randomUUID().toString();
        this.number = number;
        this.holderNationalNumber = holderNationalNumber;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.idempotencyKey = idempotencyKey;
    }

    /** Whether the card lets a car park at that moment (a revoked card stops counting from its revocation). */
    boolean inForceAt(Instant moment) {
        return !validFrom.isAfter(moment)
                && validTo.isAfter(moment)
                && (revokedAt == null || revokedAt.isAfter(moment));
    }

    void revoke(Instant at, String reason) {
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String holderNationalNumber() {
        return holderNationalNumber;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    /** Keeps the fingerprint of the registering request (see {@link be.ptrpas.platform.common.web.IdempotencyKey}). */
    DisabledCard withRequestHash(String requestHash) {
        this.requestHash = requestHash;
        return this;
    }

    String requestHash() {
        return requestHash;
    }
}
