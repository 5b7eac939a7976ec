package be.ptrpas.plugins.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import be.ptrpas.spi.testkit.MessageChannelContract;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmsChannelContractTest extends MessageChannelContract {

    static final String WEBHOOK_SECRET = "whsec-test";

    @RegisterExtension
    static final WireMockExtension GATEWAY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @BeforeEach
    void gatewayAcceptsMessages() {
        GATEWAY.stubFor(post("/v1/messages")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"msg_1\",\"status\":\"accepted\"}")));
    }

    @Override
    protected MessageChannelFactory factory() {
        return new SmsChannelFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of(
                "baseUrl",
                GATEWAY.baseUrl() + "/v1",
                "apiKey",
                "test-key",
                "sender",
                "PTRPAS",
                "webhookSecret",
                WEBHOOK_SECRET);
    }

    @Override
    protected Recipient validRecipient() {
        return Recipient.phone("Jan Peeters", "0470 12 34 56");
    }

    @Override
    protected Recipient invalidRecipient() {
        return Recipient.phone("Jan Peeters", "+3247");
    }

    @Override
    protected void assertArrived(OutgoingMessage message, SendResult result) {
        List<LoggedRequest> requests = GATEWAY.findAll(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(message.messageId())))
                .withRequestBody(matchingJsonPath("$.to", equalTo("+32470123456")))
                .withRequestBody(matchingJsonPath("$.from", equalTo("PTRPAS"))));
        assertThat(requests).hasSize(1);
        String text = parse(requests.get(0).getBody()).getString("text");
        if (MessageTemplates.NOTICE.equals(message.template())) {
            assertThat(text).isEqualTo(message.parameter(MessageTemplates.BODY));
        } else {
            assertThat(text)
                    .contains(
                            message.parameter("amount"),
                            message.parameter("reference"),
                            message.parameter("paymentUrl"));
        }
        assertThat(result.providerMessageId()).isEqualTo("msg_1");
    }

    @Override
    protected boolean takeVendorDown() {
        GATEWAY.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(503)));
        return true;
    }

    @Override
    protected Optional<InboundRequest> genuineInbound() {
        return Optional.of(SignedEvents.signed(
                WEBHOOK_SECRET,
                "{\"type\":\"status\",\"id\":\"msg_1\",\"status\":\"delivered\",\"at\":\"2026-11-24T10:14:00Z\"}"));
    }

    @Override
    protected Optional<InboundRequest> forgedInbound() {
        return Optional.of(SignedEvents.signed(
                "not-the-secret",
                "{\"type\":\"status\",\"id\":\"msg_1\",\"status\":\"delivered\",\"at\":\"2026-11-24T10:14:00Z\"}"));
    }

    @Override
    protected Optional<InboundRequest> signedInbound(byte[] body) {
        return Optional.of(SignedEvents.signed(WEBHOOK_SECRET, body));
    }

    private static JsonObject parse(byte[] body) {
        try {
            return JsonInput.parseObject(body);
        } catch (JsonException e) {
            throw new AssertionError("the plug-in sent malformed JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }
}
