package be.ptrpas.platform.common.json;

import be.ptrpas.platform.common.time.SupportedTime;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Text, true/false, decimal numbers and instants are read as what they are and nothing else. JSON-B's defaults convert
 * silently: {@code "yes"} became {@code false}, {@code 12} and {@code true} became the text "12" and "true", and
 * {@code 1e400} became Infinity, which then failed when written back. A client's mistake is reported, not guessed at.
 * Yasson applies these to boxed types only: request records therefore use {@code Boolean}, {@code Double} and
 * {@code Integer}, never primitives (which would also hide a missing value behind false or 0).
 */
final class StrictScalars {

    private StrictScalars() {}

    /** Worded like the body reader's other refusals: a list or object is a wrong structure, a scalar a wrong kind. */
    static JsonValueRefused refuse(JsonValue value, String expected) {
        return switch (value.getValueType()) {
            case OBJECT, ARRAY -> JsonValueRefused.wrongKind("has the wrong structure: found " + kindOf(value));
            default -> JsonValueRefused.wrongKind("must be " + expected + ", not " + kindOf(value));
        };
    }

    static String kindOf(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true/false";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NULL -> "null";
        };
    }

    /** Text fields take JSON strings only. */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw refuse(value, "text (in quotes)");
        }
    }

    /** Yes/no fields take JSON true or false only. */
    static final class TrueFalse implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw refuse(value, "true or false");
            };
        }
    }

    /** Decimal fields (coordinates, widths) take JSON numbers a double holds: 1e400 is not Infinity. */
    static final class FiniteNumber implements JsonbDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonNumber number)) {
                throw refuse(value, "a number");
            }
            double parsed = number.doubleValue();
            if (!Double.isFinite(parsed)) {
                throw JsonValueRefused.outOfRange("is too large a number");
            }
            return parsed;
        }
    }

    /** Instants are ISO-8601 text in the years 1900–2199: beyond, time arithmetic overflows and databases disagree. */
    static final class BoundedInstant implements JsonbDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw refuse(value, "an ISO-8601 instant in quotes, e.g. 2026-11-24T10:15:00Z");
            }
            Instant instant;
            try {
                instant = Instant.parse(text.getString());
            } catch (DateTimeParseException e) {
                throw JsonValueRefused.wrongKind("must be an ISO-8601 instant, e.g. 2026-11-24T10:15:00Z");
            }
            if (!SupportedTime.contains(instant)) {
                throw JsonValueRefused.outOfRange(SupportedTime.RULE);
            }
            return instant;
        }
    }

    /** Dates are ISO-8601 text in the years 1900–2199, for the same reasons as instants. */
    static final class BoundedDate implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw refuse(value, "a date in quotes, e.g. 2026-11-24");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.getString());
            } catch (DateTimeParseException e) {
                throw JsonValueRefused.wrongKind("must be a date YYYY-MM-DD");
            }
            if (!SupportedTime.contains(date)) {
                throw JsonValueRefused.outOfRange(SupportedTime.DATE_RULE);
            }
            return date;
        }
    }
}
