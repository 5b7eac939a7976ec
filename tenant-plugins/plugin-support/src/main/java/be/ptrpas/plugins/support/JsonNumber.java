package be.ptrpas.plugins.support;

import java.math.BigDecimal;

/**
 * A JSON number as it was written ({@link #text()}), converted only when the caller knows what it needs. Keeping
 * the text lets a caller apply its own stricter rules (a coordinate that must not use an exponent, say) and read
 * an id such as {@code 131026} back exactly.
 *
 * <p>The reader only makes numbers of at most {@link Json#MAX_NUMBER_LENGTH} characters with an exponent of at
 * most 1000, so every conversion is cheap.
 */
public final class JsonNumber extends Number {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final BigDecimal value;

    JsonNumber(String text, BigDecimal value) {
        this.text = text;
        this.value = value;
    }

    /** The number's literal text, e.g. {@code -12.5e+2}. */
    public String text() {
        return text;
    }

    /** The exact value. */
    public BigDecimal bigDecimal() {
        return value;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    /** Equal when written the same way: {@code 1.0} and {@code 1} differ, as their texts do. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber number && number.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The literal text. */
    @Override
    public String toString() {
        return text;
    }
}
