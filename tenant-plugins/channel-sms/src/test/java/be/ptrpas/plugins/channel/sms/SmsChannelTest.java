package be.ptrpas.plugins.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.InboundRequest;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmsChannelTest {

    private static final String SECRET = "whsec-test";
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @RegisterExtension
    static final WireMockExtension GATEWAY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final SmsChannelFactory factory = new SmsChannelFactory();
    private final MessageChannel channel = factory.create(TestPluginContext.builder()
            .config(config(Map.of()))
            .callbackUrl(URI.create("https://ptr.example/api/v1/callbacks/71022/channel-sms"))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build());

    @Test
    void readsAReplyJa() throws RejectedRequestException {
        InboundMessages inbound = channel.parseInbound(SignedEvents.signed(SECRET, """
                {"type":"inbound","id":"in_1","from":"+32470123456","text":"JA",
                 "receivedAt":"2026-11-24T10:15:00+01:00","inReplyTo":"msg_1"}"""));

        assertThat(inbound.receipts()).isEmpty();
        assertThat(inbound.replies())
                .containsExactly(
                        new InboundReply("in_1", "+32470123456", "JA", Instant.parse("2026-11-24T09:15:00Z"), "msg_1"));
    }

    @Test
    void readsDeliveryReceiptsInABatch() throws RejectedRequestException {
        InboundMessages inbound = channel.parseInbound(SignedEvents.signed(SECRET, """
                [{"type":"status","id":"msg_1","status":"delivered","at":"2026-11-24T10:14:00Z"},
                 {"type":"status","id":"msg_2","status":"failed","at":1795424400,"error":"handset unreachable"},
                 {"type":"status","id":"msg_3","status":"something-new"},
                 {"type":"billing","id":"b_1"},
                 {"type":"inbound","id":"in_2","from":"32470123456","text":"nee"},
                 {"type":"inbound","id":"in_3","from":"0470123456","text":"ja"}]"""));

        assertThat(inbound.receipts())
                .containsExactly(
                        new DeliveryReceipt(
                                "msg_1", DeliveryStatus.DELIVERED, Instant.parse("2026-11-24T10:14:00Z"), null),
                        new DeliveryReceipt(
                                "msg_2",
                                DeliveryStatus.FAILED,
                                Instant.ofEpochSecond(1795424400L),
                                "handset unreachable"));
        assertThat(inbound.replies())
                .containsExactly(
                        new InboundReply("in_2", "+32470123456", "nee", NOW, null),
                        new InboundReply("in_3", "+32470123456", "ja", NOW, null));
    }

    @Test
    void refusesForgedOrUnsignedOrTamperedEvents() {
        String event = "{\"type\":\"inbound\",\"id\":\"in_1\",\"from\":\"+32470123456\",\"text\":\"JA\"}";
        InboundRequest genuine = SignedEvents.signed(SECRET, event);
        byte[] tampered = event.replace("JA", "NEE").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> channel.parseInbound(SignedEvents.signed("guessed", event)))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessageContaining("X-Signature");
        assertThatThrownBy(() ->
                        channel.parseInbound(InboundRequest.post(event.getBytes(StandardCharsets.UTF_8), Map.of())))
                .isInstanceOf(RejectedRequestException.class);
        assertThatThrownBy(() -> channel.parseInbound(InboundRequest.post(
                        tampered,
                        Map.of("X-Signature", genuine.header("X-Signature").orElseThrow()))))
                .isInstanceOf(RejectedRequestException.class);
        assertThatThrownBy(() -> channel.parseInbound(InboundRequest.post(
                        event.getBytes(StandardCharsets.UTF_8), Map.of("X-Signature", "sha256=zz"))))
                .isInstanceOf(RejectedRequestException.class);
    }

    @Test
    void refusesSignedButMalformedEvents() {
        for (String body : List.of(
                "{not json",
                "",
                "{\"type\":\"inbound\",\"text\":\"JA\"}",
                "[1]",
                "{\"type\":\"status\",\"id\":\"m\",\"status\":\"delivered\",\"at\":\"yesterday\"}",
                "{\"a\":1,\"a\":2}",
                "{\"type\":\"inbound\"} trailing",
                "[".repeat(100) + "]".repeat(100))) {
            assertThatThrownBy(() -> channel.parseInbound(SignedEvents.signed(SECRET, body)))
                    .as(body)
                    .isInstanceOf(RejectedRequestException.class);
        }
    }

    @Test
    void refusesLandlinesAndInvalidNumbers() {
        assertThatThrownBy(() -> channel.checkRecipient(Recipient.phone("X", "03 224 11 11")))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessage("phone number 03 224 11 11 is a landline; a text message needs a mobile number");
        assertThatThrownBy(() -> channel.checkRecipient(Recipient.phone("X", "+3247")))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> channel.checkRecipient(Recipient.phone("X", "hello")))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessageContaining("not a phone number");
        assertThatThrownBy(() -> channel.checkRecipient(Recipient.email("X", "x@y.example")))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessageContaining("no phone number");
        channel.checkRecipient(Recipient.phone("X", "+31 6 12345678"));
    }

    @Test
    void sendsTheShortTextWithKeyIdempotencyKeyAndCallback() {
        accept();
        channel.send(paymentRequest("m-1", Locale.forLanguageTag("nl")));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withHeader("Idempotency-Key", equalTo("m-1"))
                .withRequestBody(matchingJsonPath(
                        "$.callbackUrl", equalTo("https://ptr.example/api/v1/callbacks/71022/channel-sms")))
                .withRequestBody(matchingJsonPath(
                        "$.text",
                        equalTo("Te betalen: € 24,50 voor 24/12/2026, mededeling "
                                + "+++090/9337/55493+++. Betaal via https://pay.example/p/1"))));
    }

    @Test
    void otherLanguagesGetEnglish() {
        accept();
        channel.send(paymentRequest("m-2", Locale.GERMAN));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath(
                        "$.text",
                        equalTo("Amount due: € 24,50 by 24/12/2026, reference "
                                + "+++090/9337/55493+++. Pay at https://pay.example/p/1"))));
    }

    @Test
    void aRateLimitOrOutageIsRetryable() {
        for (int status : new int[] {429, 500, 503}) {
            GATEWAY.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(status)));
            assertThatThrownBy(() -> channel.send(paymentRequest("m-" + status, Locale.ENGLISH)))
                    .isInstanceOf(PluginException.class)
                    .matches(e -> ((PluginException) e).isRetryable(), "retryable");
        }
    }

    @Test
    void aRefusalIsNotRetriedAndSaysWhy() {
        GATEWAY.stubFor(post("/v1/messages")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"invalid_sender\",\"message\":\"sender not registered\"}}")));

        assertThatThrownBy(() -> channel.send(paymentRequest("m-400", Locale.ENGLISH)))
                .isInstanceOf(PluginException.class)
                .hasMessage("the SMS gateway answered HTTP 400: sender not registered")
                .matches(e -> !((PluginException) e).isRetryable(), "not retryable");
    }

    @Test
    void anUnreachableGatewayIsRetryable() {
        MessageChannel unreachable =
                factory.create(TestPluginContext.of(config(Map.of("baseUrl", "http://127.0.0.1:1/v1"))));

        assertThatThrownBy(() -> unreachable.send(paymentRequest("m-down", Locale.ENGLISH)))
                .isInstanceOf(PluginException.class)
                .matches(e -> ((PluginException) e).isRetryable(), "retryable");
    }

    @Test
    void longTextsAreCutToThreeParts() {
        String gsm = "a".repeat(600);
        assertThat(SmsLength.fit(gsm)).hasSize(459).endsWith("...");
        assertThat(SmsLength.fit("€".repeat(300))).hasSize(231); // € counts twice: 228 * 2 + 3 = 459 septets
        String ucs2 = "ó".repeat(300);
        assertThat(SmsLength.fit(ucs2)).hasSize(201);
        String emoji = "\uD83D\uDE97".repeat(150);
        assertThat(SmsLength.fit(emoji)).isEqualTo("\uD83D\uDE97".repeat(99) + "..."); // never half a pair
        assertThat(SmsLength.fit("kort")).isEqualTo("kort");
    }

    @Test
    void aNoticeWithAMissingBodyFallsBackToTheSubject() {
        accept();
        channel.send(new OutgoingMessage(
                "m-s",
                Recipient.phone("X", "+32470123456"),
                "unknown-template",
                Map.of(MessageTemplates.SUBJECT, "Uw vergunning is klaar")));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Uw vergunning is klaar"))));
    }

    @Test
    void validatesSenderRegionAndTransport() {
        List<ConfigIssue> issues = factory.validate(config(Map.of(
                "sender", "Stad Gent Parking", "defaultRegion", "XX", "baseUrl", "http://sms.vendor.example/v1")));

        assertThat(issues)
                .extracting(ConfigIssue::property)
                .containsExactlyInAnyOrder("sender", "defaultRegion", "baseUrl");
        assertThat(factory.validate(config(Map.of("defaultRegion", "nl")))).isEmpty();
    }

    private static Map<String, String> config(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                "baseUrl",
                GATEWAY.baseUrl() + "/v1",
                "apiKey",
                "test-key",
                "sender",
                "PTRPAS",
                "webhookSecret",
                SECRET));
        config.putAll(overrides);
        return config;
    }

    private static void accept() {
        GATEWAY.stubFor(post("/v1/messages")
                .willReturn(aResponse().withStatus(202).withBody("{\"id\":\"msg_9\",\"status\":\"accepted\"}")));
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
