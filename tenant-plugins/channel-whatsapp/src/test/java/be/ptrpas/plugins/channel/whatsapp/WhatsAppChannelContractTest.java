package be.ptrpas.plugins.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import be.ptrpas.spi.testkit.MessageChannelContract;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class WhatsAppChannelContractTest extends MessageChannelContract {

    static final String APP_SECRET = "app-secret-test";
    static final String MESSAGES_PATH = "/v21.0/" + SignedWebhooks.PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static final WireMockExtension GRAPH = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @BeforeEach
    void graphAcceptsMessages() {
        GRAPH.stubFor(post(MESSAGES_PATH)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"32470123456\","
                                + "\"wa_id\":\"32470123456\"}],\"messages\":[{\"id\":\"wamid.OUT1\"}]}")));
    }

    @Override
    protected MessageChannelFactory factory() {
        return new WhatsAppChannelFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of(
                "graphBaseUrl",
                GRAPH.baseUrl(),
                "phoneNumberId",
                SignedWebhooks.PHONE_NUMBER_ID,
                "accessToken",
                "EAAG-test",
                "appSecret",
                APP_SECRET,
                "verifyToken",
                "verify-me");
    }

    @Override
    protected Recipient validRecipient() {
        return Recipient.phone("Jan Peeters", "+32 470 12 34 56");
    }

    @Override
    protected Recipient invalidRecipient() {
        return Recipient.phone("Jan Peeters", "09 266 11 11");
    }

    @Override
    protected void assertArrived(OutgoingMessage message, SendResult result) {
        String language = "nl".equals(message.recipient().language().getLanguage()) ? "nl" : "en";
        List<LoggedRequest> requests = GRAPH.findAll(postRequestedFor(urlEqualTo(MESSAGES_PATH))
                .withHeader("Authorization", equalTo("Bearer EAAG-test"))
                .withRequestBody(matchingJsonPath("$.messaging_product", equalTo("whatsapp")))
                .withRequestBody(matchingJsonPath("$.to", equalTo("32470123456")))
                .withRequestBody(matchingJsonPath("$.biz_opaque_callback_data", equalTo(message.messageId())))
                .withRequestBody(matchingJsonPath("$.template.language.code", equalTo(language))));
        assertThat(requests).hasSize(1);
        String body = requests.get(0).getBodyAsString();
        if (MessageTemplates.NOTICE.equals(message.template())) {
            assertThat(body)
                    .contains("\"name\":\"ptr_mededeling\"")
                    .contains("{\"type\":\"text\",\"text\":\"" + message.parameter(MessageTemplates.BODY) + "\"}");
        } else {
            assertThat(body)
                    .contains("\"name\":\"ptr_betaalverzoek\"")
                    .contains("{\"type\":\"text\",\"text\":\"" + message.parameter("amount") + "\"}")
                    .contains("{\"type\":\"text\",\"text\":\"" + message.parameter("reference") + "\"}");
        }
        assertThat(result.providerMessageId()).isEqualTo("wamid.OUT1");
    }

    @Override
    protected boolean takeVendorDown() {
        GRAPH.stubFor(post(MESSAGES_PATH).willReturn(aResponse().withStatus(503)));
        return true;
    }

    @Override
    protected Optional<InboundRequest> genuineInbound() {
        return Optional.of(SignedWebhooks.signed(APP_SECRET, statusBody()));
    }

    @Override
    protected Optional<InboundRequest> forgedInbound() {
        return Optional.of(SignedWebhooks.signed("someone-else", statusBody()));
    }

    @Override
    protected Optional<InboundRequest> signedInbound(byte[] body) {
        return Optional.of(SignedWebhooks.signed(APP_SECRET, body));
    }

    private static String statusBody() {
        return SignedWebhooks.change(
                SignedWebhooks.PHONE_NUMBER_ID,
                "\"statuses\":[{\"id\":\"wamid.OUT1\",\"status\":\"delivered\",\"timestamp\":\"1764000000\"}]");
    }
}
