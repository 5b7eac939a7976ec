package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.payment.Money;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/** Mollie's amount object: {@code {"currency":"EUR","value":"24.50"}}, the value a string with two decimals. */
final class MollieAmount {

    private MollieAmount() {}

    static JsonObject toJson(Money money) {
        return Json.createObjectBuilder()
                .add("currency", money.currency())
                .add("value", money.decimal())
                .build();
    }

    /** Reads an amount object Mollie sent; anything unexpected is malformed. */
    static Money fromJson(JsonObject amount) {
        String currency = JsonInput.requiredString(amount, "currency");
        String value = JsonInput.requiredString(amount, "value");
        if (!value.matches("\\d{1,15}(\\.\\d{1,2})?")) {
            throw new JsonException("amount value '" + value + "' is not a decimal with two digits");
        }
        try {
            return Money.parse(value, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new JsonException("amount is not usable: " + e.getMessage());
        }
    }
}
