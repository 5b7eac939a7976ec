package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Calls the platform and checks every answer against the API document it serves: the status must be one the
 * operation declares, the Content-Type one of that response's media types, and a JSON body must match the declared
 * schema. Component schemas are checked strictly (no property the document does not list), so a field the platform
 * writes but the document leaves out fails too.
 */
final class DocumentedApi {

    private final Api api;
    private final JsonObject document;
    private final ResponseSchemas schemas;
    private int checked;

    DocumentedApi(Api api, String documentJson) {
        this.api = api;
        this.document = Api.parse(documentJson);
        this.schemas = new ResponseSchemas(documentJson);
    }

    int checked() {
        return checked;
    }

    Api.Reply expect(int status, String method, String path, String token, JsonValue body) {
        return expect(status, method, path, token, body, Map.of());
    }

    /** Sends the request, asserts its status and that the answer is what the document says. */
    Api.Reply expect(
            int status, String method, String path, String token, JsonValue body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(Map.of("Accept", "application/json, application/problem+json"));
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        Api.Reply reply = api.exchange(
                method, path, token, all, body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(method + " " + path + " → " + reply).isEqualTo(status);
        check(method, path, reply);
        return reply;
    }

    void check(String method, String path, Api.Reply reply) {
        String template = template(path.replaceFirst("\\?.*", ""));
        String where = method + " " + template + " → " + reply.status();
        JsonObject operation =
                document.getJsonObject("paths").getJsonObject(template).getJsonObject(method.toLowerCase(Locale.ROOT));
        assertThat(operation).as(where + ": the operation is in the document").isNotNull();
        JsonObject responses = operation.getJsonObject("responses");
        JsonObject response = responses.getJsonObject(String.valueOf(reply.status()));
        assertThat(response).as(where + ": the status is declared").isNotNull();
        JsonObject content = response.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            assertThat(reply.body())
                    .as(where + ": the document declares no body")
                    .isEmpty();
            checked++;
            return;
        }
        String mediaType = reply.contentType() == null
                ? ""
                : reply.contentType().replaceFirst(";.*", "").trim();
        Optional<String> declared = content.keySet().stream()
                .filter(type -> type.equals(mediaType) || type.equals("*/*"))
                .findFirst();
        assertThat(declared)
                .as(where + ": Content-Type " + mediaType + " is one of " + content.keySet())
                .isPresent();
        if (mediaType.endsWith("json")) {
            String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                    + reply.status() + "/content/" + escape(declared.get()) + "/schema";
            List<String> errors = schemas.validate(pointer, reply.body());
            assertThat(errors)
                    .as(where + ": the body matches the schema; body: " + reply)
                    .isEmpty();
        }
        checked++;
    }

    /** The operation the document gives for this method and (concrete) path. */
    JsonObject operation(String method, String path) {
        String template = template(path.replaceFirst("\\?.*", ""));
        JsonObject operation =
                document.getJsonObject("paths").getJsonObject(template).getJsonObject(method.toLowerCase(Locale.ROOT));
        assertThat(operation)
                .as(method + " " + template + " is in the document")
                .isNotNull();
        return operation;
    }

    /** The properties the document requires of the operation's JSON request body (its component, resolved). */
    Set<String> requiredOfBody(String method, String path) {
        JsonObject schema = operation(method, path)
                .getJsonObject("requestBody")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("schema");
        return required(resolve(schema));
    }

    /** The component a {@code $ref} names, or the schema itself. */
    JsonObject resolve(JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null
                ? schema
                : document.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    static Set<String> required(JsonObject schema) {
        return schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .collect(Collectors.toCollection(TreeSet::new))
                : new TreeSet<>();
    }

    /** The names of the operation's parameters that the document marks required. */
    Set<String> requiredParameters(String method, String path) {
        JsonObject operation = operation(method, path);
        Set<String> required = new TreeSet<>();
        if (operation.containsKey("parameters")) {
            for (JsonObject parameter : operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                if (parameter.getBoolean("required", false)) {
                    required.add(parameter.getString("name"));
                }
            }
        }
        return required;
    }

    /** The document's path template that matches the path; literal segments win over parameters. */
    private String template(String path) {
        return document.getJsonObject("paths").keySet().stream()
                .filter(template -> Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"))
                        .matcher(path)
                        .matches())
                .max(Comparator.comparingInt(
                        template -> template.replaceAll("\\{[^}]+}", "").length()))
                .orElseThrow(() -> new AssertionError(path + " is not in the document"));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
