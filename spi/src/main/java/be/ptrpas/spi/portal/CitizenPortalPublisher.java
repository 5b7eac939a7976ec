package be.ptrpas.spi.portal;

import be.ptrpas.spi.Provider;

/** Tells a citizen portal that something new is there for a citizen. Called from the outbox worker. */
public interface CitizenPortalPublisher extends Provider {

    /** Publishes a notice; the same {@link PortalNotice#noticeId()} twice must not show twice. */
    void publish(PortalNotice notice);
}
