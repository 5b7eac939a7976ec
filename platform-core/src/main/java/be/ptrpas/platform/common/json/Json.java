package be.ptrpas.platform.common.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;

/**
 * The one JSON-B configuration of the platform, used for request bodies, responses and JSON stored in columns.
 * Unknown properties are refused: a typo in a field name must not silently drop a tariff amount.
 */
public final class Json {

    /** Yasson's switch; set by name so the code does not depend on Yasson's classes. */
    static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withDeserializers(
                    new WholeNumberDeserializer(),
                    new StrictScalars.Text(),
                    new StrictScalars.TrueFalse(),
                    new StrictScalars.FiniteNumber(),
                    new StrictScalars.BoundedInstant(),
                    new StrictScalars.BoundedDate())
            .setProperty(FAIL_ON_UNKNOWN, true));

    private Json() {}

    public static Jsonb jsonb() {
        return JSONB;
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static <T> T read(String json, Type type) {
        return JSONB.fromJson(json, type);
    }
}
