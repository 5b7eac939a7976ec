package be.ptrpas.plugins.channel.sms;

import be.ptrpas.plugins.support.HmacSha256;
import be.ptrpas.spi.InboundRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds gateway webhook requests as the gateway would sign them. */
final class SignedEvents {

    private SignedEvents() {}

    static InboundRequest signed(String secret, String json) {
        return signed(secret, json.getBytes(StandardCharsets.UTF_8));
    }

    static InboundRequest signed(String secret, byte[] body) {
        return InboundRequest.post(
                body, Map.of("X-Signature", new HmacSha256(secret).header(body), "Content-Type", "application/json"));
    }
}
