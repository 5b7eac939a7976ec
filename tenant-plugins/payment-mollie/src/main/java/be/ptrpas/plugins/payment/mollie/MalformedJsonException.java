package be.ptrpas.plugins.payment.mollie;

/** Text that is not the JSON we expect. Checked, so that every caller decides how to report it. */
final class MalformedJsonException extends Exception {

    MalformedJsonException(String message) {
        super(message);
    }
}
