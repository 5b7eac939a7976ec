package be.ptrpas.platform.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the platform under test, always on 127.0.0.1 whatever host the container reports. */
public final class Api {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Api(URL deployment) {
        this.base = "http://127.0.0.1:" + deployment.getPort();
    }

    public Api(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The answer to a request: status, body text and content type. */
    public record Reply(int status, String body, String contentType, HttpResponse<String> raw) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public String problemType() {
            return json().getString("type");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public Reply put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Reply post(String path, String token, JsonValue json) {
        return post(path, token, json.toString());
    }

    public Reply put(String path, String token, JsonValue json) {
        return put(path, token, json.toString());
    }

    public Reply send(String method, String path, String token, String json) {
        return send(method, path, token, json, "application/json");
    }

    /** A PUT that says which version of the item it changes. */
    public Reply putIfMatch(String path, String token, JsonValue json, String etag) {
        return send("PUT", path, token, json.toString(), "application/json", etag);
    }

    public Reply send(String method, String path, String token, String json, String accept) {
        return send(method, path, token, json, accept, null);
    }

    public Reply send(String method, String path, String token, String json, String accept, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }

    /** Any request with raw bytes and extra headers, as vendors and browsers send them; redirects are not followed. */
    public Reply exchange(String method, String path, String token, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A GET whose successful answer is an endless event stream ({@code text/event-stream}): answers once the head is
     * in, with an empty body, and drops the connection; a refusal's problem document is read whole.
     */
    public Reply openStream(String path, String token) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(
                    request.build(),
                    info -> info.statusCode() / 100 == 2
                            ? HttpResponse.BodySubscribers.mapping(
                                    HttpResponse.BodySubscribers.ofPublisher(), Api::cancelled)
                            : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response);
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " (a stream) failed: " + e.getMessage(), e);
        } finally {
            client.shutdownNow();
        }
    }

    private static String cancelled(java.util.concurrent.Flow.Publisher<java.util.List<java.nio.ByteBuffer>> body) {
        body.subscribe(new java.util.concurrent.Flow.Subscriber<>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.cancel();
            }

            @Override
            public void onNext(java.util.List<java.nio.ByteBuffer> item) {}

            @Override
            public void onError(Throwable throwable) {}

            @Override
            public void onComplete() {}
        });
        return "";
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
