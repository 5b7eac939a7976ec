package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.PluginFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The settings the four demo registers share, and the simulated outage they all honour. */
final class DemoSettings {

    static final String VERSION = "1.0.0";
    static final String MUNICIPALITY_NIS = "municipalityNis";
    static final String SIMULATE_OUTAGE = "simulateOutage";

    static final List<ConfigProperty> PROPERTIES = List.of(
            new ConfigProperty(
                    MUNICIPALITY_NIS,
                    "Municipality of synthetic people (NIS code)",
                    ConfigProperty.Type.STRING,
                    false,
                    false,
                    List.of(),
                    "Where made-up people live; defaults to the tenant's own municipality when it is a demo one"),
            new ConfigProperty(
                    SIMULATE_OUTAGE,
                    "Simulate an outage",
                    ConfigProperty.Type.BOOLEAN,
                    false,
                    false,
                    List.of(),
                    "When true every look-up fails as if the source were down, to test retries"));

    private final String homeNis;
    private final boolean outage;

    private DemoSettings(String homeNis, boolean outage) {
        this.homeNis = homeNis;
        this.outage = outage;
    }

    static DemoSettings from(PluginContext context) {
        String nis = context.setting(MUNICIPALITY_NIS, context.tenantNis());
        return new DemoSettings(nis, Boolean.parseBoolean(context.setting(SIMULATE_OUTAGE, "false")));
    }

    /** Descriptor checks plus: a configured municipality must be one of the demo municipalities. */
    static List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
        String nis = config.get(MUNICIPALITY_NIS);
        if (nis != null && !nis.isBlank() && DemoData.get().municipality(nis).isEmpty()) {
            String known = DemoData.get().municipalities().stream()
                    .map(Municipality::nisCode)
                    .collect(Collectors.joining(", "));
            issues.add(new ConfigIssue(MUNICIPALITY_NIS, "must be one of the demo municipalities: " + known));
        }
        return issues;
    }

    /** The municipality synthetic people live in; null spreads them over all demo municipalities. */
    String homeNis() {
        return homeNis;
    }

    /** Fails every call while the outage is switched on, the way a real source that is down would. */
    void checkAvailable() {
        if (outage) {
            throw PluginException.temporary("the demo register simulates an outage (simulateOutage=true)", null);
        }
    }
}
