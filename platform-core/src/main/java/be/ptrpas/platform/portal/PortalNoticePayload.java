package be.ptrpas.platform.portal;

import java.time.Instant;

/**
 * A citizen-portal notice waiting in the outbox. The citizen is named either in clear ({@code nationalNumber}, the
 * payment feature's notices) or sealed with the secrets key ({@code sealedNationalNumber}, see {@link PortalCitizens}),
 * so that the outbox table holds no national number in clear; the delivery opens it just before calling the publisher.
 */
public record PortalNoticePayload(
        String noticeId,
        String nationalNumber,
        String category,
        String title,
        String url,
        Instant createdAt,
        String sealedNationalNumber) {}
