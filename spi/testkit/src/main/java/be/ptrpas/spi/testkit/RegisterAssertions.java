package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.ptrpas.spi.PluginException;

/** Assertions the register contracts share. */
final class RegisterAssertions {

    private RegisterAssertions() {}

    /** The call must fail in a way the platform retries; an empty answer would hide the outage from it. */
    static void assertRetryableOutage(Runnable call) {
        try {
            call.run();
            fail("a call while the source is down must fail, not answer");
        } catch (PluginException e) {
            assertTrue(e.isRetryable(), "an outage must be retryable: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            fail("an outage is not the caller's fault: " + e);
        } catch (RuntimeException e) {
            // any other exception is treated as retryable by the platform
        }
    }
}
