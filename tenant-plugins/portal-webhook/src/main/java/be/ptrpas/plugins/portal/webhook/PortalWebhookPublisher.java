package be.ptrpas.plugins.portal.webhook;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.portal.CitizenPortalPublisher;
import be.ptrpas.spi.portal.PortalNotice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a notice as JSON with an HMAC signature and the notice id as idempotency key. Thread-safe: the platform
 * calls one instance from several outbox workers.
 */
final class PortalWebhookPublisher implements CitizenPortalPublisher {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final WebhookSigner signer;
    private final HttpClient http;

    PortalWebhookPublisher(URI endpoint, WebhookSigner signer) {
        this.endpoint = endpoint;
        this.signer = signer;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                // A redirected POST could land the citizen's national number somewhere the municipality did not choose.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void publish(PortalNotice notice) {
        byte[] body = NoticeJson.of(requireComplete(notice)).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Signature", signer.signatureHeader(body))
                .header("Idempotency-Key", notice.noticeId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        checkAnswer(send(request));
    }

    /**
     * The platform is done with this provider (new settings, or shutting down): let the HTTP client's threads go.
     * {@code shutdown} lets a publish that is still running finish; {@code close} would wait for it.
     */
    @Override
    public void close() {
        http.shutdown();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Connection refused, reset or timed out: the portal may be back later.
            throw PluginException.temporary("portal not reachable at " + endpoint.getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PluginException.temporary("interrupted while publishing to the portal", e);
        }
    }

    private static void checkAnswer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2 || status == 409) {
            return; // 409: the portal already has this notice, which is what a retry wants
        }
        String detail = "portal answered " + status + brief(response.body());
        // 408 and 429 are "not now" answers even though they are 4xx.
        if (status >= 500 || status == 408 || status == 429) {
            throw new PluginException(detail, true);
        }
        throw PluginException.permanent(detail);
    }

    private static PortalNotice requireComplete(PortalNotice notice) {
        String missing = notice == null
                ? "notice"
                : blank(notice.noticeId())
                        ? "noticeId"
                        : blank(notice.nationalNumber())
                                ? "nationalNumber"
                                : blank(notice.category())
                                        ? "category"
                                        : blank(notice.title())
                                                ? "title"
                                                : notice.url() == null
                                                        ? "url"
                                                        : notice.createdAt() == null ? "createdAt" : null;
        if (missing != null) {
            throw PluginException.permanent("cannot publish a notice without " + missing);
        }
        return notice;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The start of the portal's answer, for the operator; never the whole page an error proxy may send. */
    private static String brief(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine);
    }
}
