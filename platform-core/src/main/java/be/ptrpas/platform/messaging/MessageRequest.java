package be.ptrpas.platform.messaging;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message a clerk (or a later feature) asks the platform to send.
 *
 * @param channel    email, sms, whatsapp or letter
 * @param recipient  who it is for
 * @param template   a template id (notice, test, payment-request, permit-expiring, invitation); notice by default
 * @param parameters template parameters; {@code subject} and {@code body} are required as the plain fallback
 * @param dedupeKey  the same key never sends twice; defaults to the request's Idempotency-Key header
 */
public record MessageRequest(
        @Schema(required = true) String channel,
        @Schema(required = true) RecipientDetails recipient,
        String template,
        @Schema(required = true) Map<String, String> parameters,
        String dedupeKey) {}
