package be.ptrpas.platform.portal;

import java.time.Instant;

/** A citizen-portal notice waiting in the outbox. */
public record PortalNoticePayload(
        String noticeId, String nationalNumber, String category, String title, String url, Instant createdAt) {}
