package be.ptrpas.platform.payment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payment a clerk (or a later feature) asks for.
 *
 * @param amountCents         amount in euro cents
 * @param description         shown to the payer, at most 300 characters
 * @param structuredReference optional Belgian structured reference; one is made when absent
 * @param returnUrl           optional http(s) URL the payer returns to
 * @param citizenRrn          optional national number of the payer, to tell their PTR-pas
 * @param expiresAt           only for payment links: when the link stops working
 */
public record PaymentRequestDetails(
        @Schema(required = true) Long amountCents,
        @Schema(required = true) String description,
        String structuredReference,
        String returnUrl,
        String citizenRrn,
        Instant expiresAt) {}
