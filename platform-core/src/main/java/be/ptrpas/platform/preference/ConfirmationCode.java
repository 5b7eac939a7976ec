package be.ptrpas.platform.preference;

/**
 * The code sent to a new e-mail address or mobile number.
 *
 * @param code six digits
 */
public record ConfirmationCode(String code) {}
