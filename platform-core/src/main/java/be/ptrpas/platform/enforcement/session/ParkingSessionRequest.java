package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The first answer to an operator's start request under one Idempotency-Key, so that a retry (an SMS gateway sending
 * again after a time-out) gets that same answer and starts nothing new. Unique per (municipality, operator, key).
 */
@Entity
@Table(name = "parking_session_request")
public class ParkingSessionRequest extends TenantOwnedEntity {

    @Column(name = "operator_id", nullable = false, updatable = false)
    private String operatorId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    /** SHA-256 of the request body as read, to tell a retry from another request under the same key. */
    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;
    /** The answer given, as JSON of {@link ParkingSessionView}. */
    @Column(name = "response", nullable = false, updatable = false)
    private String response;

    protected ParkingSessionRequest() {}

    ParkingSessionRequest(
            String operatorId, String idempotencyKey, String requestHash, String sessionId, String response) {
        this.operatorId = operatorId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.sessionId = sessionId;
        this.response = response;
    }

    String requestHash() {
        return requestHash;
    }

    String response() {
        return response;
    }

    String sessionId() {
        return sessionId;
    }
}
