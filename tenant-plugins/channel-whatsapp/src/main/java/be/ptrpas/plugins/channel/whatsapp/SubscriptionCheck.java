package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Answers Meta's webhook subscription check: {@code GET ?hub.mode=subscribe&hub.verify_token=<token>&hub.challenge=<n>}
 * must be answered 200 with the challenge when the token is ours, 403 otherwise.
 */
final class SubscriptionCheck {

    private final byte[] verifyToken;

    SubscriptionCheck(String verifyToken) {
        this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
    }

    Optional<PageResponse> answer(InboundRequest request) {
        if (!"GET".equals(request.method())
                || request.queryParameter("hub.mode").isEmpty()) {
            return Optional.empty();
        }
        boolean subscribe =
                request.queryParameter("hub.mode").filter("subscribe"::equals).isPresent();
        byte[] token = request.queryParameter("hub.verify_token").orElse("").getBytes(StandardCharsets.UTF_8);
        // Meta sends a number; echoing only a plain token means the answer can never carry markup or script.
        Optional<String> challenge =
                request.queryParameter("hub.challenge").filter(value -> value.matches("[A-Za-z0-9._-]{1,128}"));
        if (subscribe && MessageDigest.isEqual(verifyToken, token) && challenge.isPresent()) {
            return Optional.of(PageResponse.text(200, challenge.get()));
        }
        return Optional.of(PageResponse.text(403, "verification refused"));
    }
}
