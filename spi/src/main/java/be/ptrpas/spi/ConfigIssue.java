package be.ptrpas.spi;

/**
 * One thing wrong with a tenant's plug-in settings, in words a municipal admin understands.
 *
 * @param property the config property concerned, or {@code null} when the problem is the whole configuration
 * @param message  a short human explanation, e.g. "must be a https URL"
 */
public record ConfigIssue(String property, String message) {

    public ConfigIssue {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a config issue needs a message");
        }
    }
}
