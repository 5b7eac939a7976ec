package be.ptrpas.platform.preference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the platform writes to citizens in; Dutch first, as in Flanders. */
public enum Language {
    NL,
    FR,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(wanted)).findFirst();
    }
}
