package be.ptrpas.deploy.bench;

import be.ptrpas.deploy.RunningPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The citizen's pass read, {@code GET /api/v1/me/pass}, of one citizen with 40 items in 10 municipalities among
 * millions of items of other citizens ({@link PassData}): its first page (20 items, and the dossier sources asked) and
 * a later page (by the first page's cursor).
 */
final class PassReadBench {

    private final RunningPlatform platform;
    private final String token;
    private String nextCursor;

    PassReadBench(RunningPlatform platform, Jwt idp) throws Exception {
        this.platform = platform;
        this.token = idp.citizen(PassData.CITIZEN);
    }

    /**
     * Reads the whole pass once through the API and checks it: 40 items, in the 10 municipalities, pages of 20 — the
     * proof that the generated holder keys are the platform's. Remembers the first page's cursor.
     */
    String check() throws Exception {
        JsonObject first = read("/api/v1/me/pass");
        int onFirst = first.getJsonArray("items").size();
        nextCursor = first.isNull("next") ? null : first.getString("next");
        if (onFirst != 20 || nextCursor == null) {
            throw new IllegalStateException("the citizen's first page has " + onFirst + " items and next " + nextCursor
                    + ": the generated holder keys are not the platform's (is PTR_HOLDER_KEY the benchmark's?)");
        }
        JsonObject all = read("/api/v1/me/pass?limit=100");
        long municipalities = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonObject("municipality").getString("nisCode"))
                .distinct()
                .count();
        if (all.getJsonArray("items").size() != PassData.CITIZEN_ITEMS
                || municipalities != PassData.CITIZEN_MUNICIPALITIES) {
            throw new IllegalStateException(
                    "the citizen's pass holds " + all.getJsonArray("items").size() + " items in " + municipalities
                            + " municipalities, not 40 in 10");
        }
        return String.format(
                "the citizen's pass: %d items in %d municipalities, first page %d items with a cursor",
                all.getJsonArray("items").size(), municipalities, onFirst);
    }

    private JsonObject read(String path) throws Exception {
        HttpResponse<String> answer = platform.send("GET", path, token, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    String firstPagePath() {
        return "/api/v1/me/pass";
    }

    String laterPagePath() {
        return "/api/v1/me/pass?cursor=" + URLEncoder.encode(nextCursor, StandardCharsets.UTF_8);
    }

    List<LoadRun.Request> firstPage() {
        return List.of(
                new LoadRun.Request(RawHttp.get("127.0.0.1", platform.port, firstPagePath(), token), "\"next\":\""));
    }

    List<LoadRun.Request> laterPage() {
        return List.of(
                new LoadRun.Request(RawHttp.get("127.0.0.1", platform.port, laterPagePath(), token), "\"items\":[{"));
    }

    /** Sends {@code count} requests one after the other (for counting their statements). */
    void sequential(String path, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> answer = platform.send("GET", path, token, null);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
        }
    }
}
