package be.ptrpas.plugins.dossier.file;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import be.ptrpas.spi.dossier.DossierSourceProviderFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference dossier source: a municipality's items from a JSON file on the platform's server (an export of its
 * other back-office system; format in {@link DossierFile}). The file is checked whole when the settings are saved and
 * when the provider starts, so a municipality never runs on a file the pass cannot show.
 */
public final class DossierFileFactory implements DossierSourceProviderFactory {

    static final String FILE = "file";

    private static final List<ConfigProperty> PROPERTIES = List.of(new ConfigProperty(
            FILE,
            "Dossier file",
            ConfigProperty.Type.STRING,
            true,
            false,
            List.of(),
            "Absolute path of the JSON export on the platform's server, ending in .json"));

    @Override
    public String id() {
        return "dossier-file";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "Dossier file (JSON export)";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return PROPERTIES;
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
        String value = config.get(FILE);
        if (value == null || value.isBlank() || !issues.isEmpty()) {
            return issues;
        }
        try {
            DossierFile.read(path(value));
        } catch (IllegalArgumentException e) {
            issues.add(new ConfigIssue(FILE, e.getMessage()));
        }
        return issues;
    }

    @Override
    public DossierSourceProvider create(PluginContext context) {
        return new DossierFileSource(path(
                context.setting(FILE).orElseThrow(() -> new IllegalArgumentException("the dossier file is not set"))));
    }

    /**
     * The configured path: absolute and ending in {@code .json}, so that a setting cannot point the plug-in at any
     * file of the server (the name says what it is; the content must still be a dossier file).
     */
    static Path path(String value) {
        Path path;
        try {
            path = Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("the dossier file must be an absolute path ending in .json");
        }
        if (!path.isAbsolute()
                || path.getFileName() == null
                || !path.getFileName().toString().endsWith(".json")) {
            throw new IllegalArgumentException("the dossier file must be an absolute path ending in .json");
        }
        return path.normalize();
    }
}
