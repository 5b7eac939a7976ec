package be.ptrpas.platform.outbox;

/** Where an outbox item stands. */
public enum OutboxStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Handed to the plug-in. */
    DELIVERED,
    /** Given up: refused for good or too many attempts. An admin can send it again. */
    DEAD
}
