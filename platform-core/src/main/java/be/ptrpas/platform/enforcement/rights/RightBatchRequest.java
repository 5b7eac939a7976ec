package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The first answer to a batch under one Idempotency-Key, so that a retry (a migration script that timed out) gets
 * that same answer and registers nothing again. Unique per (municipality, key).
 */
@Entity
@Table(name = "right_batch")
public class RightBatchRequest extends TenantOwnedEntity {

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    /** SHA-256 of the batch as read, to tell a retry from another batch under the same key. */
    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "created_count", nullable = false, updatable = false)
    private int createdCount;
    /** The answer given, as JSON of {@link RightBatchResult}. */
    @Column(name = "response", nullable = false, updatable = false)
    private String response;

    protected RightBatchRequest() {}

    RightBatchRequest(String idempotencyKey, String requestHash, int lineCount, int createdCount, String response) {
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.lineCount = lineCount;
        this.createdCount = createdCount;
        this.response = response;
    }

    String requestHash() {
        return requestHash;
    }

    String response() {
        return response;
    }
}
