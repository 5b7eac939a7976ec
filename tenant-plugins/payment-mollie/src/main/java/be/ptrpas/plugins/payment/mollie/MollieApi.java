package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.PluginException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Talks JSON to Mollie's API v2 and turns every failure into a {@link PluginException} that says whether a retry
 * can help: unreachable, time-out, 409 (idempotent request still running), 429 and 5xx are retryable; a refused key
 * (401), an unknown object (404) and a refused request (other 4xx) are not. Never retries by itself: the platform
 * does that with back-off.
 */
final class MollieApi {

    static final String USER_AGENT = "PTR-pas payment-mollie/" + MolliePaymentProviderFactory.VERSION;
    private static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private final String baseUrl;
    private final String apiKey;
    private final Duration requestTimeout;
    private final HttpClient http;

    MollieApi(URI baseUrl, String apiKey, Duration connectTimeout, Duration requestTimeout) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Lets the HTTP client's threads go once running calls end; see {@link MolliePaymentProvider#close()}. */
    void shutdown() {
        http.shutdown();
    }

    /** GET {@code path} (starting with '/'); {@code what} names the object in messages, e.g. "payment tr_x". */
    JsonObject get(String path, String what) {
        return send(request(path).GET(), what);
    }

    /** POST a JSON body; the idempotency key makes a retried call return the first call's result. */
    JsonObject post(String path, JsonObject body, String idempotencyKey, String what) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return send(request, what);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/hal+json, application/json")
                .header("User-Agent", USER_AGENT);
    }

    private JsonObject send(HttpRequest.Builder request, String what) {
        int status;
        String body;
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(MAX_RESPONSE_BYTES + 1), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // Includes HttpTimeoutException and ConnectException; the message never holds the key.
            throw PluginException.temporary(
                    "Mollie could not be reached for " + what + ": "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PluginException.temporary("interrupted while calling Mollie for " + what, e);
        }
        if (status >= 200 && status < 300) {
            return parse(body, what);
        }
        throw failure(status, body, what);
    }

    private static JsonObject parse(String body, String what) {
        try {
            return JsonInput.asObject(JsonInput.parse(body, MAX_RESPONSE_BYTES), "the answer");
        } catch (JsonException e) {
            // Retryable: a garbled answer more likely comes from a proxy in between than from Mollie itself, and
            // every POST carries an idempotency key, so trying again cannot charge twice.
            throw new PluginException(
                    "Mollie answered with malformed JSON for " + what + ": " + e.getMessage(), true, e);
        }
    }

    private static PluginException failure(int status, String body, String what) {
        String detail = errorDetail(body).map(d -> ": " + d).orElse("");
        return switch (status) {
            case 401 ->
                PluginException.permanent("Mollie refused the API key (HTTP 401) for " + what
                        + "; check the tenant's apiKey setting (test_ or live_ key of the right profile)");
            case 403 ->
                PluginException.permanent(
                        "Mollie does not allow this API key to access " + what + " (HTTP 403)" + detail);
            case 404 -> PluginException.permanent("Mollie has no " + what + " (HTTP 404)" + detail);
            case 409 ->
                PluginException.temporary(
                        "Mollie is still handling an earlier request with the same " + "idempotency key for " + what
                                + " (HTTP 409)",
                        null);
            case 429 -> PluginException.temporary("Mollie's rate limit was hit for " + what + " (HTTP 429)", null);
            default ->
                status >= 500
                        ? PluginException.temporary(
                                "Mollie failed for " + what + " (HTTP " + status + ")" + detail, null)
                        : PluginException.permanent("Mollie refused " + what + " (HTTP " + status + ")" + detail);
        };
    }

    /** Mollie's error body: {@code {"status":422,"title":"Unprocessable Entity","detail":"...","field":"amount"}}. */
    private static Optional<String> errorDetail(String body) {
        try {
            JsonObject error = JsonInput.asObject(JsonInput.parse(body, MAX_RESPONSE_BYTES), "the error");
            Optional<String> detail = JsonInput.string(error, "detail");
            Optional<String> field = JsonInput.string(error, "field");
            return detail.map(d -> field.map(f -> d + " (field " + f + ")").orElse(d))
                    .map(d -> d.length() > 300 ? d.substring(0, 300) + "..." : d);
        } catch (JsonException notMollieJson) {
            return Optional.empty();
        }
    }
}
