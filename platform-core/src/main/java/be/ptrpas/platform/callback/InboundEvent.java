package be.ptrpas.platform.callback;

import be.ptrpas.platform.queue.QueuedWork;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A verified callback exactly as it arrived (headers, query, body), stored before it is processed so that nothing
 * a vendor told us is lost when processing fails. One row per municipality, slot and body: a replay of the same body
 * is counted and makes the row due again, never a second row. A row of a work queue ({@link QueuedWork}): RECEIVED
 * until processed (PROCESSED) or given up (FAILED).
 */
@Entity
@Table(name = "inbound_event")
public class InboundEvent extends QueuedWork {

    public enum Status {
        RECEIVED,
        PROCESSED,
        FAILED
    }

    @Column(name = "slot", nullable = false, updatable = false)
    private String slot;

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "body_hash", nullable = false, updatable = false)
    private String bodyHash;

    @Column(name = "method", nullable = false, updatable = false)
    private String method;

    @Column(name = "headers", nullable = false, updatable = false)
    private String headers;

    @Column(name = "query", nullable = false, updatable = false)
    private String query;
    /** Base64 of the raw bytes: signatures are computed over them. */
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "deliveries", nullable = false)
    private int deliveries;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected InboundEvent() {}

    InboundEvent(
            String slot,
            String pluginId,
            String bodyHash,
            String method,
            String headers,
            String query,
            String body,
            Instant now) {
        super(now);
        this.slot = slot;
        this.pluginId = pluginId;
        this.bodyHash = bodyHash;
        this.method = method;
        this.headers = headers;
        this.query = query;
        this.body = body;
        this.status = Status.RECEIVED;
        this.deliveries = 1;
        this.receivedAt = now;
    }

    /** Nothing left to do for it: {@link CallbackHandler#handledOnArrival()}. */
    InboundEvent handled(Instant now) {
        this.status = Status.PROCESSED;
        this.processedAt = now;
        return this;
    }

    @Override
    protected void markPending() {
        status = Status.RECEIVED;
    }

    @Override
    protected void markDone() {
        status = Status.PROCESSED;
    }

    void processedAt(Instant at) {
        processedAt = at;
    }

    @Override
    protected void markDead() {
        status = Status.FAILED;
    }

    public String slot() {
        return slot;
    }

    public String pluginId() {
        return pluginId;
    }

    public String method() {
        return method;
    }

    public String headers() {
        return headers;
    }

    public String query() {
        return query;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int deliveries() {
        return deliveries;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
