package be.ptrpas.plugins.support;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Belgian plates in their registered spelling, the way the vehicle register (DIV) writes them. */
public final class BelgianPlates {

    private static final Pattern CURRENT_PLATE = Pattern.compile("[1-9][A-Z]{3}\\d{3}");
    private static final Pattern OLD_LETTERS_FIRST = Pattern.compile("[A-Z]{3}\\d{3}");
    private static final Pattern OLD_DIGITS_FIRST = Pattern.compile("\\d{3}[A-Z]{3}");

    private BelgianPlates() {}

    /** The plate in its registered spelling ({@code 1-ABC-123}), or empty for a plate that is not Belgian. */
    public static Optional<String> registeredSpelling(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("a plate is required");
        }
        String key = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (CURRENT_PLATE.matcher(key).matches()) {
            return Optional.of(key.charAt(0) + "-" + key.substring(1, 4) + "-" + key.substring(4));
        }
        if (OLD_LETTERS_FIRST.matcher(key).matches()
                || OLD_DIGITS_FIRST.matcher(key).matches()) {
            return Optional.of(key.substring(0, 3) + "-" + key.substring(3));
        }
        return Optional.empty();
    }
}
