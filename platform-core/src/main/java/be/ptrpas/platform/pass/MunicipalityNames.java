package be.ptrpas.platform.pass;

import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The names of the municipalities a pass shows, from a copy read at most once a minute: a pass names up to 300
 * municipalities and must not ask for each (names change about never; a new one is read at once).
 */
@ApplicationScoped
public class MunicipalityNames {

    private static final long FRESH_NANOS = 60_000_000_000L;

    @Inject
    TenantDirectory directory;

    private record Copy(Map<String, LocalizedText> names, long readAt) {}

    private volatile Copy copy;

    public PassItemView.Municipality of(String nisCode, String language) {
        if (nisCode == null) {
            return null;
        }
        Copy current = copy;
        if (current == null
                || System.nanoTime() - current.readAt() > FRESH_NANOS
                || !current.names().containsKey(nisCode)) {
            current = new Copy(Map.copyOf(directory.names()), System.nanoTime());
            copy = current;
        }
        LocalizedText names = current.names().get(nisCode);
        return new PassItemView.Municipality(nisCode, names == null ? nisCode : pick(names, language));
    }

    private static String pick(LocalizedText names, String language) {
        String chosen = switch (language == null ? "nl" : language) {
            case "fr" -> names.fr();
            case "en" -> names.en();
            default -> names.nl();
        };
        return chosen != null ? chosen : names.nl();
    }
}
