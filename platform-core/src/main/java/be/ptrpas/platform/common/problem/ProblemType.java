package be.ptrpas.platform.common.problem;

import java.net.URI;

/**
 * The stable catalogue of error kinds the API returns. The {@code type} URI of each never changes once published:
 * clients branch on it, humans read {@code detail}.
 */
public enum ProblemType {
    VALIDATION("validation", "The request contains invalid data", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    INVALID_GEOMETRY("invalid-geometry", "The zone geometry is not valid", 400),
    TARIFF_PERIODS("tariff-periods", "Tariff periods must follow each other without gaps or overlaps", 409),
    GAS_TRANSITION_NOT_ALLOWED("gas-transition-not-allowed", "The GAS procedure does not allow this step now", 409),
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    FORBIDDEN("forbidden", "You are not allowed to do this", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    REQUEST_TIMEOUT("request-timeout", "The request did not arrive in time", 408),
    CONFLICT("conflict", "Conflict with the current state", 409),
    CONCURRENT_UPDATE("concurrent-update", "Someone else changed this first", 409),
    PRECONDITION_FAILED("precondition-failed", "The item changed since you read it", 412),
    CONTENT_TOO_LARGE("content-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The idempotency key was used for another request", 422),
    DISABLED_CARD_PLATE_LIMIT("disabled-card-plate-limit", "A card has at most 3 linked plates", 409),
    DISABLED_CARD_INACTIVE("disabled-card-inactive", "The card is not in force", 409),
    PLUGIN_NOT_CONFIGURED("plugin-not-configured", "The municipality has no working plug-in for this", 409),
    PLUGIN_REFUSED("plugin-refused", "The vendor refused the request", 422),
    PLUGIN_UNAVAILABLE("plugin-unavailable", "The vendor cannot be reached right now", 503),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    CALLBACK_REJECTED("callback-rejected", "The callback is not genuine or not readable", 400),
    // Paid parking sessions (F-32).
    PARKING_OPERATOR_NOT_ADMITTED(
            "parking-operator-not-admitted", "The parking operator is not admitted in this municipality", 403),
    SESSION_EDIT_WINDOW_CLOSED("session-edit-window-closed", "The session's edit window has closed", 409),
    PARKING_SESSION_CLOSED("parking-session-closed", "The parking session can no longer change", 409),
    PARKING_STAY_TOO_LONG("parking-stay-too-long", "The stay is longer than the zone allows", 422),
    NO_PARKING_TARIFF("no-parking-tariff", "The zone has no parking tariff for this time", 422),
    // Citizens' notification preferences (F-13).
    INVALID_EMAIL_ADDRESS("invalid-email-address", "The e-mail address is not valid", 400),
    INVALID_PHONE_NUMBER("invalid-phone-number", "The phone number is not a valid mobile number", 400),
    UNKNOWN_CHANNEL("unknown-channel", "Unknown channel", 400),
    UNKNOWN_EVENT_KIND("unknown-event-kind", "Unknown kind of event", 400),
    NO_PENDING_CONFIRMATION("no-pending-confirmation", "Nothing is waiting for a confirmation code", 409),
    CONFIRMATION_CODE_WRONG("confirmation-code-wrong", "The confirmation code is not right", 422),
    CONFIRMATION_CODE_EXPIRED("confirmation-code-expired", "The confirmation code has expired", 422),
    CONFIRMATION_ATTEMPTS_EXHAUSTED(
            "confirmation-attempts-exhausted", "Too many wrong confirmation codes; ask for a new one", 429),
    CONFIRMATION_RATE_LIMITED("confirmation-rate-limited", "Too many confirmation codes sent; try again later", 429),
    // Company mode, data export (the citizen's own data).
    NOT_A_COMPANY_MANAGER(
            "not-a-company-manager", "The enterprise register does not name you a manager of this company", 403),
    ENTERPRISE_REGISTER_UNAVAILABLE(
            "enterprise-register-unavailable",
            "The enterprise register cannot confirm who manages the company now",
            503),
    EXPORT_TOO_LARGE("export-too-large", "Your data is too large for one export", 422),
    // Bank statements (camt.053).
    BANK_STATEMENT_MALFORMED("bank-statement-malformed", "The bank statement file cannot be read", 400),
    BANK_STATEMENT_UNSUPPORTED(
            "bank-statement-unsupported", "The file is not a camt.053 bank statement the platform reads", 422),
    BANK_STATEMENT_INVALID_AMOUNT("bank-statement-invalid-amount", "An amount of the bank statement is invalid", 422),
    BANK_STATEMENT_CONFLICTING_ENTRY(
            "bank-statement-conflicting-entry", "An entry of the bank statement contradicts the same entry", 409),
    // Paying from the citizen's pass (baskets).
    BASKET_ITEM_PAID("basket-item-paid", "An item of the basket is paid already or has nothing due", 409),
    BASKET_ITEM_NOT_PAYABLE("basket-item-not-payable", "An item of the basket is not paid through the pass", 422),
    BASKET_ITEM_BEING_PAID("basket-item-being-paid", "An item of the basket is being paid in another checkout", 409),
    PAYMENT_NOT_PAID("payment-not-paid", "The payment is not paid", 409),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    INTERNAL("internal", "Something went wrong on our side", 500);

    /** Base of every problem type URI; documented in docs/problems.md. */
    public static final String BASE = "https://ptr-pas.be/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
