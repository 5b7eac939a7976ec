package be.ptrpas.platform.common.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Integer fields accept whole numbers only. JSON-B's default would turn 1.5 into 1 and "12" into 12 without a word;
 * a maximum of 1.5 permits per household is a client's mistake to report, not to round.
 */
public class WholeNumberDeserializer implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber json)) {
            throw new JsonbException("expected a whole number");
        }
        BigDecimal number = json.bigDecimalValue();
        try {
            return number.stripTrailingZeros().scale() > 0 ? fail() : number.intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonbException("the number is too large");
        }
    }

    private static Integer fail() {
        throw new JsonbException("expected a whole number");
    }
}
