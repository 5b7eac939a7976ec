package be.ptrpas.platform.outbox;

/** What an outbox item carries, and so which handler delivers it. */
public enum OutboxKind {
    /** A message to a citizen through a channel (e-mail, SMS, WhatsApp, letter). */
    MESSAGE,
    /** A notice to the citizen portal. */
    PORTAL_NOTICE,
    /**
     * News about an item of a citizen's pass, not yet addressed: its delivery looks up the citizen's preferences and
     * queues the messages and the portal notice they call for (feature {@code notification}).
     */
    PASS_NOTICE
}
