package be.ptrpas.plugins.portal.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.portal.CitizenPortalPublisherFactory;
import be.ptrpas.spi.portal.PortalNotice;
import be.ptrpas.spi.testkit.CitizenPortalPublisherContract;
import be.ptrpas.spi.testkit.TestPluginContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalWebhookContractTest extends CitizenPortalPublisherContract {

    private static final String SECRET = "whsec-test-71022";
    private static WireMockServer portal;

    @BeforeAll
    static void startPortal() {
        portal = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        portal.start();
    }

    @AfterAll
    static void stopPortal() {
        portal.stop();
    }

    @BeforeEach
    void portalAcceptsNotices() {
        portal.resetAll();
        portal.stubFor(post(urlEqualTo("/notices")).willReturn(aResponse().withStatus(202)));
    }

    @Override
    protected CitizenPortalPublisherFactory factory() {
        return new PortalWebhookFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of("endpoint", "http://127.0.0.1:" + portal.port() + "/notices", "signingSecret", SECRET);
    }

    @Override
    protected TestPluginContext context(Map<String, String> config) {
        // The publisher never touches its work directory; a fixed path keeps the tests from littering /tmp.
        return TestPluginContext.builder()
                .config(config)
                .workDirectory(Path.of("target", "portal-work"))
                .build();
    }

    @Override
    protected void assertPublished(PortalNotice notice) {
        portal.verify(postRequestedFor(urlEqualTo("/notices"))
                .withHeader("Idempotency-Key", equalTo(notice.noticeId()))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(matchingJsonPath("$.noticeId", equalTo(notice.noticeId())))
                .withRequestBody(matchingJsonPath("$.nationalNumber", equalTo(notice.nationalNumber())))
                .withRequestBody(matchingJsonPath("$.category", equalTo(notice.category())))
                .withRequestBody(matchingJsonPath("$.title", equalTo(notice.title())))
                .withRequestBody(matchingJsonPath("$.url", equalTo(notice.url().toString())))
                .withRequestBody(matchingJsonPath(
                        "$.createdAt", equalTo(notice.createdAt().toString()))));
    }

    @Override
    protected boolean takePortalDown() {
        portal.stubFor(post(urlEqualTo("/notices")).willReturn(aResponse().withStatus(503)));
        return true;
    }

    @Test
    void signsTheExactBodyItSends() throws Exception {
        PortalNotice notice = notice("permit", "Uw vergunning is verlengd");
        publisher.publish(notice);

        LoggedRequest received = onlyRequest();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(received.getBody()));
        assertThat(received.getHeader("X-Signature")).isEqualTo(expected);
    }

    @Test
    void aSignatureWithAnotherSecretDoesNotMatch() {
        PortalNotice notice = notice("permit", "Uw vergunning is verlengd");
        publisher.publish(notice);

        byte[] body = onlyRequest().getBody();
        String other = new WebhookSigner("another-secret").signatureHeader(body);
        assertThat(onlyRequest().getHeader("X-Signature")).isNotEqualTo(other);
    }

    @Test
    void aConflictMeansThePortalAlreadyHasIt() {
        portal.stubFor(post(urlEqualTo("/notices")).willReturn(aResponse().withStatus(409)));
        publisher.publish(notice("permit", "Al gepubliceerd"));
    }

    @Test
    void aRefusalIsNotRetried() {
        portal.stubFor(post(urlEqualTo("/notices"))
                .willReturn(aResponse().withStatus(422).withBody("title too long")));
        assertThatThrownBy(() -> publisher.publish(notice("permit", "Te lang")))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("422").contains("title too long");
                });
    }

    @Test
    void rateLimitingIsRetried() {
        portal.stubFor(post(urlEqualTo("/notices")).willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> publisher.publish(notice("permit", "Later")))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void aDroppedConnectionIsRetried() {
        portal.stubFor(post(urlEqualTo("/notices")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> publisher.publish(notice("permit", "Weg")))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void aClosedPortIsRetried() {
        PortalWebhookFactory factory = new PortalWebhookFactory();
        var unreachable =
                factory.create(context(Map.of("endpoint", "http://127.0.0.1:1/notices", "signingSecret", SECRET)));
        assertThatThrownBy(() -> unreachable.publish(notice("permit", "Niemand thuis")))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void theEndpointMustUseHttpsExceptOnThisMachine() {
        PortalWebhookFactory factory = new PortalWebhookFactory();
        assertThat(factory.validate(Map.of("endpoint", "http://portal.example.be/notices", "signingSecret", SECRET)))
                .extracting(ConfigIssue::property)
                .containsExactly("endpoint");
        assertThat(factory.validate(Map.of("endpoint", "https://portal.example.be/notices", "signingSecret", SECRET)))
                .isEmpty();
    }

    @Test
    void anInvalidNoticeNeverReachesThePortal() {
        assertThatThrownBy(() -> publisher.publish(invalidNotice())).hasMessageContaining("noticeId");
        assertThat(portal.getAllServeEvents()).isEmpty();
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = portal.findAll(postRequestedFor(urlEqualTo("/notices")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
