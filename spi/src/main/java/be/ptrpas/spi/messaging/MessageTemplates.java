package be.ptrpas.spi.messaging;

/**
 * Template ids the platform sends. Every message also carries the parameters {@link #SUBJECT} and {@link #BODY}
 * with a plain-text rendering in the recipient's language, so that a channel without a richer template for an
 * id can always fall back to them.
 */
public final class MessageTemplates {

    /** A free notice: only {@code subject} and {@code body}. */
    public static final String NOTICE = "notice";
    /** "Your settings work": sent when an admin tests a channel. */
    public static final String TEST = "test";
    /** A request to pay: {@code amount}, {@code reference} (structured), {@code paymentUrl}, {@code dueDate}. */
    public static final String PAYMENT_REQUEST = "payment-request";
    /** A permit is about to expire: {@code permit}, {@code validUntil}, {@code renewUrl}. */
    public static final String PERMIT_EXPIRING = "permit-expiring";
    /** A proactive invitation the citizen can answer (e.g. "reply JA"): {@code question}, {@code replyHint}. */
    public static final String INVITATION = "invitation";

    public static final String SUBJECT = "subject";
    public static final String BODY = "body";

    private MessageTemplates() {}
}
