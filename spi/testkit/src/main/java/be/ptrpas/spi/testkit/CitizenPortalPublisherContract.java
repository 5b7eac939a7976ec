package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.portal.CitizenPortalPublisher;
import be.ptrpas.spi.portal.CitizenPortalPublisherFactory;
import be.ptrpas.spi.portal.PortalNotice;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a citizen-portal publisher plug-in. Point the publisher at your fake of the portal (a local HTTP
 * server) through {@link #validConfig()} or {@link #context}, and implement the hooks that read what arrived there
 * and that break the fake.
 */
public abstract class CitizenPortalPublisherContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected CitizenPortalPublisher publisher;

    @Override
    protected abstract CitizenPortalPublisherFactory factory();

    /**
     * Checks that the portal (fake) received the notice, with its id, citizen, category, title and link. Fail with
     * an assertion when it did not.
     */
    protected abstract void assertPublished(PortalNotice notice);

    /**
     * Makes the portal unreachable or failing (stop the fake, make it answer 503 or hang past the plug-in's
     * time-out) and returns true; return false when that cannot happen.
     */
    protected abstract boolean takePortalDown();

    /**
     * A notice the plug-in must refuse without bothering the portal: by default one without an id and citizen.
     * Override when your portal has stricter rules (e.g. a title length).
     */
    protected PortalNotice invalidNotice() {
        return new PortalNotice(
                null,
                null,
                "permit",
                "Uw bewonerskaart is klaar",
                URI.create("http://127.0.0.1:8080/mijn/vergunningen/1"),
                Instant.now());
    }

    @BeforeEach
    void createPublisher() {
        context = context(validConfig());
        publisher = factory().create(context);
    }

    protected PortalNotice notice(String category, String title) {
        String id = UUID.randomUUID().toString();
        return new PortalNotice(
                id,
                "85073003328",
                category,
                title,
                URI.create("http://127.0.0.1:8080/mijn/" + category + "/" + id),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void publishesANotice() {
        PortalNotice notice = notice("permit", "Uw bewonerskaart zone A is goedgekeurd");
        publisher.publish(notice);
        assertPublished(notice);
    }

    @Test
    void publishesDutchTextAndQuotesIntact() {
        PortalNotice notice = notice("retribution", "Retributie \"parkeren\" – café Één, 1-ABC-123");
        publisher.publish(notice);
        assertPublished(notice);
    }

    @Test
    void publishingTheSameNoticeTwiceIsFine() {
        // The outbox worker retries after a crash; the second call must succeed, and the portal must not show two.
        PortalNotice notice = notice("payment", "Uw betaling is ontvangen");
        publisher.publish(notice);
        assertDoesNotThrow(() -> publisher.publish(notice), "a repeated notice must not fail");
        assertPublished(notice);
    }

    @Test
    void aPortalOutageIsRetryable() {
        if (!takePortalDown()) {
            return;
        }
        try {
            publisher.publish(notice("gas", "Nieuw GAS-voorstel"));
            fail("publishing while the portal is down must fail");
        } catch (PluginException e) {
            assertTrue(e.isRetryable(), "an outage must be retryable: " + e.getMessage());
        } catch (RuntimeException e) {
            // any other exception is treated as retryable by the platform
        }
    }

    @Test
    void anInvalidNoticeFailsForGood() {
        try {
            publisher.publish(invalidNotice());
            fail("an invalid notice must be refused");
        } catch (PluginException e) {
            assertFalse(e.isRetryable(), "retrying an invalid notice cannot help: " + e.getMessage());
            assertNotNull(e.getMessage(), "say what is wrong with the notice");
            assertFalse(e.getMessage().isBlank(), "say what is wrong with the notice");
        } catch (RuntimeException e) {
            fail(
                    "an invalid notice must give a non-retryable PluginException, not " + e
                            + " (the platform retries any other exception)",
                    e);
        }
    }
}
