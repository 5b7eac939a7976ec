package be.ptrpas.spi.payment;

import java.net.URI;
import java.time.Instant;

/** A created payment link: the provider's id, the URL to share and when it expires (null: never). */
public record PaymentLink(String providerLinkId, URI url, Instant expiresAt) {}
