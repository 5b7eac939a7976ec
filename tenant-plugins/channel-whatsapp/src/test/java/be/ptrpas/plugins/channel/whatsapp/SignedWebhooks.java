package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.plugins.support.HmacSha256;
import be.ptrpas.spi.InboundRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds webhook requests as Meta would send and sign them. */
final class SignedWebhooks {

    static final String PHONE_NUMBER_ID = "1234567890";

    private SignedWebhooks() {}

    static InboundRequest signed(String appSecret, String json) {
        return signed(appSecret, json.getBytes(StandardCharsets.UTF_8));
    }

    static InboundRequest signed(String appSecret, byte[] body) {
        return InboundRequest.post(
                body,
                Map.of(
                        "X-Hub-Signature-256",
                        new HmacSha256(appSecret).header(body),
                        "Content-Type",
                        "application/json"));
    }

    /** A webhook body with one change for the given phone number id and value members. */
    static String change(String phoneNumberId, String valueMembers) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"3292660000","phone_number_id":"%s"},
                %s}}]}]}""".formatted(phoneNumberId, valueMembers);
    }

    static InboundRequest get(Map<String, String> query) {
        Map<String, List<String>> multi = new HashMap<>();
        query.forEach((name, value) -> multi.put(name, List.of(value)));
        return new InboundRequest("GET", "", Map.of(), multi, null);
    }
}
