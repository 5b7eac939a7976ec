package be.ptrpas.spi.payment;

import java.math.BigDecimal;

/**
 * An amount in the smallest unit of a currency (cents for EUR). Never a floating-point number.
 *
 * @param minorUnits amount in cents, zero or more
 * @param currency   ISO 4217 code, e.g. EUR
 */
public record Money(long minorUnits, String currency) {

    public Money {
        if (minorUnits < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR");
        }
    }

    public static Money euro(long cents) {
        return new Money(cents, "EUR");
    }

    /** The amount as a decimal with two fraction digits, e.g. "12.50", the way most payment APIs want it. */
    public String decimal() {
        return BigDecimal.valueOf(minorUnits, 2).toPlainString();
    }

    /** Parses "12.50" (two fraction digits at most) into cents. */
    public static Money parse(String decimal, String currency) {
        BigDecimal value = new BigDecimal(decimal);
        if (value.scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + decimal);
        }
        return new Money(value.movePointRight(2).longValueExact(), currency);
    }
}
