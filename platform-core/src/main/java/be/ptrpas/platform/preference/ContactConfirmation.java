package be.ptrpas.platform.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A new e-mail address or mobile number waiting for the citizen to type the code sent to it. The code itself is never
 * stored: only its keyed hash ({@link CitizenKeys#codeHash}); the new address is sealed like the confirmed ones.
 * Also the record of how many codes were sent lately (the rate limit counts these rows).
 */
@Entity
@Table(name = "contact_confirmation")
public class ContactConfirmation {

    /** A confirmation's life: waiting, then confirmed, or given up (expired, too many attempts, replaced). */
    public enum State {
        PENDING,
        CONFIRMED,
        EXPIRED,
        EXHAUSTED,
        SUPERSEDED
    }

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "citizen_key", length = 64, nullable = false, updatable = false)
    private String citizenKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact", nullable = false, updatable = false)
    private Channel.Contact contact;

    @Column(name = "new_value", nullable = false, updatable = false)
    private String sealedValue;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "sent_via", nullable = false, updatable = false)
    private String sentVia;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContactConfirmation() {}

    ContactConfirmation(String id, String citizenKey, Channel.Contact contact, Instant now, Instant expiresAt) {
        this.id = id;
        this.citizenKey = citizenKey;
        this.contact = contact;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.state = State.PENDING;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** What was sent, and by which municipality's channel; set once, before the row is stored. */
    void sent(String sealedValue, String codeHash, String sentVia) {
        this.sealedValue = sealedValue;
        this.codeHash = codeHash;
        this.sentVia = sentVia;
    }

    String id() {
        return id;
    }

    Channel.Contact contact() {
        return contact;
    }

    String sealedValue() {
        return sealedValue;
    }

    String codeHash() {
        return codeHash;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    int attempts() {
        return attempts;
    }

    State state() {
        return state;
    }

    boolean isOpen(Instant now) {
        return state == State.PENDING && now.isBefore(expiresAt);
    }

    void attempted() {
        attempts++;
    }

    void settle(State state, Instant at) {
        this.state = state;
        this.settledAt = at;
    }
}
