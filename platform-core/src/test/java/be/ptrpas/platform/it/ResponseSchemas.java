package be.ptrpas.platform.it;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * The schemas of an OpenAPI 3.1 document (JSON Schema 2020-12) as a validator: a JSON body is checked against the
 * schema at a JSON pointer into the document, whose {@code $ref}s resolve within the document. Formats (date-time,
 * date, uri, ...) are asserted, and every component schema that lists properties is closed
 * ({@code unevaluatedProperties: false}), so an answer with a property the document does not list fails.
 */
final class ResponseSchemas {

    private static final String DOCUMENT = "https://ptr-pas.test/openapi.json";

    private final SchemaRegistry registry;

    ResponseSchemas(String documentJson) {
        String strict = closeComponents(Api.parse(documentJson)).toString();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(DOCUMENT, strict)));
    }

    /** The messages of every mismatch; empty when the body fits. */
    List<String> validate(String pointer, String body) {
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        return schema
                .validate(
                        body,
                        InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    private static JsonObject closeComponents(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObjectBuilder closed = Json.createObjectBuilder();
        schemas.forEach((name, schema) -> {
            JsonObject object = schema.asJsonObject();
            boolean open = !object.containsKey("properties") || object.containsKey("additionalProperties");
            closed.add(
                    name,
                    open
                            ? object
                            : Json.createObjectBuilder(object)
                                    .add("unevaluatedProperties", JsonValue.FALSE)
                                    .build());
        });
        JsonObject components = Json.createObjectBuilder(document.getJsonObject("components"))
                .add("schemas", closed)
                .build();
        return Json.createObjectBuilder(document).add("components", components).build();
    }
}
