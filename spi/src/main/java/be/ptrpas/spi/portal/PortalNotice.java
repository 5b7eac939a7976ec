package be.ptrpas.spi.portal;

import java.net.URI;
import java.time.Instant;

/**
 * "Something new is waiting for you": what the platform tells a citizen portal (Mijn Burgerprofiel).
 *
 * @param noticeId       the platform's id, stable across retries
 * @param nationalNumber the citizen
 * @param category       e.g. "permit", "retribution", "gas", "iod", "payment"
 * @param title          short Dutch title
 * @param url            where the citizen sees it in the PTR-pas
 * @param createdAt      when it happened
 */
public record PortalNotice(
        String noticeId, String nationalNumber, String category, String title, URI url, Instant createdAt) {}
