package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.plugins.support.Json;
import be.ptrpas.plugins.support.MalformedJsonException;
import be.ptrpas.spi.payment.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mollie's amount object: {@code {"currency":"EUR","value":"24.50"}}, the value a string with two decimals. */
final class MollieAmount {

    private MollieAmount() {
    }

    static Map<String, Object> toJson(Money money) {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("currency", money.currency());
        amount.put("value", money.decimal());
        return amount;
    }

    /** Reads an amount object Mollie sent; anything unexpected is malformed. */
    static Money fromJson(Map<String, Object> amount) throws MalformedJsonException {
        String currency = Json.requiredString(amount, "currency");
        String value = Json.requiredString(amount, "value");
        if (!value.matches("\\d{1,15}(\\.\\d{1,2})?")) {
            throw new MalformedJsonException("amount value '" + value + "' is not a decimal with two digits");
        }
        try {
            return Money.parse(value, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedJsonException("amount is not usable: " + e.getMessage());
        }
    }
}
