package be.ptrpas.spi;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Describes one setting of a plug-in, so that the admin console can render a form for it and the platform can
 * check a value before storing it. Secret properties (API keys, signing secrets) are encrypted at rest and never
 * shown again after they are saved.
 *
 * @param name         key in the tenant's config map: letters, digits, '.', '_' or '-'
 * @param label        human label for the form
 * @param type         what kind of value is expected
 * @param required     whether a value must be present
 * @param secret       whether the value is write-only
 * @param choices      allowed values when {@code type} is {@link Type#CHOICE}; empty otherwise
 * @param help         optional one-line help text
 */
public record ConfigProperty(
        String name, String label, Type type, boolean required, boolean secret, List<String> choices, String help) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Value types the platform knows how to check and render. */
    public enum Type {
        STRING,
        INTEGER,
        BOOLEAN,
        URL,
        EMAIL,
        CHOICE
    }

    public ConfigProperty {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid config property name: " + name);
        }
        if (type == null) {
            throw new IllegalArgumentException("config property " + name + " needs a type");
        }
        label = label == null || label.isBlank() ? name : label;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice property " + name + " needs choices");
        }
    }

    public static ConfigProperty required(String name, String label, Type type) {
        return new ConfigProperty(name, label, type, true, false, List.of(), null);
    }

    public static ConfigProperty optional(String name, String label, Type type) {
        return new ConfigProperty(name, label, type, false, false, List.of(), null);
    }

    public static ConfigProperty secret(String name, String label) {
        return new ConfigProperty(name, label, Type.STRING, true, true, List.of(), null);
    }

    /** Checks one value of this property; empty when it is acceptable. A missing value is handled by the caller. */
    public Optional<ConfigIssue> check(String value) {
        String problem = switch (type) {
            case STRING -> value.length() > 4096 ? "is longer than 4096 characters" : null;
            case INTEGER -> value.matches("-?\\d{1,18}") ? null : "must be a whole number";
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
            case URL -> isHttpUrl(value) ? null : "must be an http(s) URL";
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "must be an e-mail address";
            case CHOICE -> choices.contains(value) ? null : "must be one of " + String.join(", ", choices);
        };
        return Optional.ofNullable(problem).map(p -> new ConfigIssue(name, label + " " + p));
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
