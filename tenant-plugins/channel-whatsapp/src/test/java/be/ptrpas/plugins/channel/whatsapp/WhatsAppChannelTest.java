package be.ptrpas.plugins.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.messaging.DeliveryReceipt;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.InboundReply;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.testkit.TestPluginContext;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WhatsAppChannelTest {

    private static final String APP_SECRET = "app-secret-test";
    private static final String PATH = "/v21.0/" + SignedWebhooks.PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static final WireMockExtension GRAPH = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final WhatsAppChannelFactory factory = new WhatsAppChannelFactory();
    private final MessageChannel channel = factory.create(TestPluginContext.of(config(Map.of())));

    @Test
    void readsAReplyJaWithTheMessageItAnswers() throws RejectedRequestException {
        InboundMessages inbound = channel.parseInbound(
                SignedWebhooks.signed(APP_SECRET, SignedWebhooks.change(SignedWebhooks.PHONE_NUMBER_ID, """
                "contacts":[{"profile":{"name":"Jan"},"wa_id":"32470123456"}],
                "messages":[{"from":"32470123456","id":"wamid.IN1","timestamp":"1764000000","type":"text",
                             "text":{"body":"JA"},"context":{"from":"3292660000","id":"wamid.OUT1"}}]""")));

        assertThat(inbound.receipts()).isEmpty();
        assertThat(inbound.replies())
                .containsExactly(new InboundReply(
                        "wamid.IN1", "+32470123456", "JA", Instant.ofEpochSecond(1764000000L), "wamid.OUT1"));
    }

    @Test
    void readsQuickReplyButtonsAndMarksOtherMedia() throws RejectedRequestException {
        InboundMessages inbound = channel.parseInbound(
                SignedWebhooks.signed(APP_SECRET, SignedWebhooks.change(SignedWebhooks.PHONE_NUMBER_ID, """
                "messages":[{"from":"32470123456","id":"wamid.B","timestamp":"1764000001","type":"button",
                             "button":{"text":"JA","payload":"yes"},"context":{"id":"wamid.OUT2"}},
                            {"from":"32470123456","id":"wamid.I","timestamp":"1764000002","type":"image",
                             "image":{"id":"media1"}}]""")));

        assertThat(inbound.replies()).extracting(InboundReply::text).containsExactly("JA", "[image]");
        assertThat(inbound.replies().get(0).inReplyTo()).isEqualTo("wamid.OUT2");
        assertThat(inbound.replies().get(1).inReplyTo()).isNull();
    }

    @Test
    void readsStatuses() throws RejectedRequestException {
        InboundMessages inbound = channel.parseInbound(
                SignedWebhooks.signed(APP_SECRET, SignedWebhooks.change(SignedWebhooks.PHONE_NUMBER_ID, """
                "statuses":[{"id":"wamid.A","status":"sent","timestamp":"1764000000","recipient_id":"32470123456"},
                            {"id":"wamid.A","status":"delivered","timestamp":"1764000010"},
                            {"id":"wamid.A","status":"read","timestamp":"1764000020"},
                            {"id":"wamid.B","status":"failed","timestamp":"1764000030",
                             "errors":[{"code":131026,"title":"Message undeliverable"}]},
                            {"id":"wamid.C","status":"deleted","timestamp":"1764000040"}]""")));

        assertThat(inbound.replies()).isEmpty();
        assertThat(inbound.receipts())
                .containsExactly(
                        new DeliveryReceipt(
                                "wamid.A", DeliveryStatus.ACCEPTED, Instant.ofEpochSecond(1764000000L), null),
                        new DeliveryReceipt(
                                "wamid.A", DeliveryStatus.DELIVERED, Instant.ofEpochSecond(1764000010L), null),
                        new DeliveryReceipt("wamid.A", DeliveryStatus.READ, Instant.ofEpochSecond(1764000020L), null),
                        new DeliveryReceipt(
                                "wamid.B",
                                DeliveryStatus.FAILED,
                                Instant.ofEpochSecond(1764000030L),
                                "131026 Message undeliverable"));
    }

    @Test
    void skipsEventsOfAnotherBusinessNumber() throws RejectedRequestException {
        InboundMessages inbound = channel.parseInbound(SignedWebhooks.signed(
                APP_SECRET,
                SignedWebhooks.change(
                        "999",
                        "\"statuses\":[{\"id\":\"wamid.X\",\"status\":\"read\",\"timestamp\":\"1764000000\"}]")));

        assertThat(inbound.receipts()).isEmpty();
    }

    @Test
    void refusesForgedUnsignedAndMalformedWebhooks() {
        String body = SignedWebhooks.change(
                SignedWebhooks.PHONE_NUMBER_ID,
                "\"statuses\":[{\"id\":\"wamid.X\",\"status\":\"read\",\"timestamp\":\"1764000000\"}]");
        assertThatThrownBy(() -> channel.parseInbound(SignedWebhooks.signed("forged", body)))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessageContaining("X-Hub-Signature-256");
        assertThatThrownBy(() ->
                        channel.parseInbound(InboundRequest.post(body.getBytes(StandardCharsets.UTF_8), Map.of())))
                .isInstanceOf(RejectedRequestException.class);
        for (String malformed : List.of(
                "{not json",
                "{}",
                "{\"entry\":{}}",
                SignedWebhooks.change(
                        SignedWebhooks.PHONE_NUMBER_ID,
                        "\"messages\":[{\"from\":\"32470123456\",\"id\":\"w\",\"timestamp\":\"gisteren\"}]"),
                SignedWebhooks.change(SignedWebhooks.PHONE_NUMBER_ID, "\"statuses\":[{\"status\":\"read\"}]"))) {
            assertThatThrownBy(() -> channel.parseInbound(SignedWebhooks.signed(APP_SECRET, malformed)))
                    .as(malformed)
                    .isInstanceOf(RejectedRequestException.class);
        }
    }

    @Test
    void answersTheSubscriptionCheckOnlyWithTheRightToken() {
        Optional<PageResponse> accepted = channel.answerVerification(SignedWebhooks.get(
                Map.of("hub.mode", "subscribe", "hub.verify_token", "verify-me", "hub.challenge", "1158201444")));
        Optional<PageResponse> refused = channel.answerVerification(SignedWebhooks.get(
                Map.of("hub.mode", "subscribe", "hub.verify_token", "guess", "hub.challenge", "1158201444")));
        Optional<PageResponse> scripted = channel.answerVerification(SignedWebhooks.get(
                Map.of("hub.mode", "subscribe", "hub.verify_token", "verify-me", "hub.challenge", "<script>")));

        assertThat(accepted).get().extracting(PageResponse::status).isEqualTo(200);
        assertThat(new String(accepted.get().body(), StandardCharsets.UTF_8)).isEqualTo("1158201444");
        assertThat(refused).get().extracting(PageResponse::status).isEqualTo(403);
        assertThat(scripted).get().extracting(PageResponse::status).isEqualTo(403);
        assertThat(channel.answerVerification(SignedWebhooks.get(Map.of()))).isEmpty();
    }

    @Test
    void sendsTheMappedTemplateWithOrderedParameters() {
        accept();
        channel.send(paymentRequest("m-1", Locale.forLanguageTag("nl")));

        GRAPH.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"32470123456","type":"template",
                 "biz_opaque_callback_data":"m-1",
                 "template":{"name":"ptr_betaalverzoek","language":{"code":"nl"},
                   "components":[{"type":"body","parameters":[{"type":"text","text":"24,50"},
                     {"type":"text","text":"+++090/9337/55493+++"},{"type":"text","text":"https://pay.example/p/1"}]}]}}
                """)));
    }

    @Test
    void aConfiguredMappingAndEnglishFallback() {
        accept();
        MessageChannel custom = factory.create(TestPluginContext.of(
                config(Map.of("templates", "notice = gent_bericht : body ; payment-request=gent_betalen:reference"))));
        custom.send(paymentRequest("m-2", Locale.FRENCH));

        GRAPH.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"template":{"name":"gent_betalen","language":{"code":"en"},
                   "components":[{"type":"body","parameters":[{"type":"text","text":"+++090/9337/55493+++"}]}]}}
                """, true, true)));
    }

    @Test
    void aTemplateWithMissingParametersFallsBackToTheNoticeOnOneLine() {
        accept();
        channel.send(new OutgoingMessage(
                "m-3",
                Recipient.phone("Jan", "0470123456"),
                MessageTemplates.PAYMENT_REQUEST,
                Map.of("subject", "Betaalverzoek", "body", "Betaal\n\tuw      kaart.")));

        GRAPH.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"template":{"name":"ptr_mededeling","language":{"code":"nl"},
                   "components":[{"type":"body","parameters":[{"type":"text","text":"Betaalverzoek"},
                     {"type":"text","text":"Betaal uw kaart."}]}]}}
                """, true, true)));
    }

    @Test
    void undeliverableIsAnInvalidRecipient() {
        graphError(400, 131026, "Message undeliverable");

        assertThatThrownBy(() -> channel.send(paymentRequest("m-4", Locale.ENGLISH)))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessageContaining("131026");
    }

    @Test
    void aRefusedTemplateIsFinal() {
        graphError(400, 132001, "Template name does not exist in the translation");

        assertThatThrownBy(() -> channel.send(paymentRequest("m-5", Locale.ENGLISH)))
                .isInstanceOf(PluginException.class)
                .hasMessage("WhatsApp answered HTTP 400 error 132001: Template name does not exist in the translation")
                .matches(e -> !((PluginException) e).isRetryable(), "not retryable");
    }

    @Test
    void outagesAndThrottlingAreRetryable() {
        graphError(500, 131000, "Something went wrong");
        assertRetryable();
        graphError(400, 130429, "Rate limit hit");
        assertRetryable();
        GRAPH.stubFor(post(PATH).willReturn(aResponse().withStatus(503).withBody("<html>down</html>")));
        assertRetryable();
    }

    @Test
    void refusesLandlines() {
        assertThatThrownBy(() -> channel.checkRecipient(Recipient.phone("X", "09 266 11 11")))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessage("phone number 09 266 11 11 is a landline; WhatsApp needs a mobile number");
    }

    @Test
    void validatesTheMappingAndIds() {
        List<ConfigIssue> issues = factory.validate(config(Map.of(
                "templates",
                "payment-request=Bad Name:amount",
                "phoneNumberId",
                "+32 9 266 00 00",
                "apiVersion",
                "21")));

        assertThat(issues)
                .extracting(ConfigIssue::property)
                .containsExactlyInAnyOrder("templates", "phoneNumberId", "apiVersion");
        assertThat(factory.validate(config(Map.of("templates", "payment-request=ptr_betalen:amount"))))
                .extracting(ConfigIssue::message)
                .containsExactly("Template mapping: a notice entry is required: it "
                        + "carries every other message when needed, e.g. notice=ptr_mededeling:subject,body");
        assertThat(factory.validate(config(Map.of("templates", "notice=a:body;notice=b:body"))))
                .extracting(ConfigIssue::message)
                .containsExactly("Template mapping: notice is mapped twice");
    }

    private void assertRetryable() {
        assertThatThrownBy(() -> channel.send(paymentRequest("m-r", Locale.ENGLISH)))
                .isInstanceOf(PluginException.class)
                .isNotInstanceOf(InvalidRecipientException.class)
                .matches(e -> ((PluginException) e).isRetryable(), "retryable");
    }

    private static void graphError(int status, int code, String message) {
        GRAPH.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":"
                                + code + ",\"fbtrace_id\":\"Axyz\"}}")));
    }

    private static void accept() {
        GRAPH.stubFor(
                post(PATH).willReturn(aResponse().withStatus(200).withBody("{\"messages\":[{\"id\":\"wamid.OK\"}]}")));
    }

    private static Map<String, String> config(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                "graphBaseUrl",
                GRAPH.baseUrl(),
                "phoneNumberId",
                SignedWebhooks.PHONE_NUMBER_ID,
                "accessToken",
                "EAAG-test",
                "appSecret",
                APP_SECRET,
                "verifyToken",
                "verify-me"));
        config.putAll(overrides);
        return config;
    }

    private static OutgoingMessage paymentRequest(String id, Locale language) {
        return new OutgoingMessage(
                id,
                new Recipient("Jan", null, "0470123456", null, language),
                MessageTemplates.PAYMENT_REQUEST,
                Map.of(
                        "subject",
                        "Betaalverzoek",
                        "body",
                        "Betaal uw kaart.",
                        "amount",
                        "24,50",
                        "reference",
                        "+++090/9337/55493+++",
                        "paymentUrl",
                        "https://pay.example/p/1",
                        "dueDate",
                        "24/12/2026"));
    }
}
