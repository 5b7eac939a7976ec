package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.Provider;
import be.ptrpas.spi.ProviderFactory;
import be.ptrpas.spi.SpiVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every plug-in factory must do, whatever its kind: be found by {@link ServiceLoader}, describe its settings,
 * accept valid settings and explain invalid ones. The kind-specific contracts extend this class.
 */
public abstract class PluginFactoryContract {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    /** A new instance of the factory under test. */
    protected abstract PluginFactory factory();

    /** Complete, valid settings (secrets included) for the factory under test. */
    protected abstract Map<String, String> validConfig();

    @Test
    void isRegisteredForServiceLoader() {
        PluginFactory factory = factory();
        boolean found = ServiceLoader.load(
                        PluginFactory.class, factory.getClass().getClassLoader())
                .stream()
                .anyMatch(provider -> provider.type().equals(factory.getClass()));
        assertTrue(
                found,
                factory.getClass().getName() + " is not listed in META-INF/services/be.ptrpas.spi.PluginFactory");
    }

    @Test
    void describesItself() {
        PluginFactory factory = factory();
        assertTrue(
                ID.matcher(factory.id()).matches(), "id must be lower case letters, digits and '-': " + factory.id());
        assertNotNull(factory.version(), "version");
        assertFalse(factory.version().isBlank(), "version");
        assertNotNull(factory.displayName(), "displayName");
        assertNotNull(factory.kind(), "kind");
        assertTrue(
                SpiVersion.isCompatible(factory.spiVersion()),
                "built against SPI " + factory.spiVersion() + ", the test kit has " + SpiVersion.current());
        assertTrue(
                factory instanceof ProviderFactory,
                "implement the kind's factory interface, e.g. PaymentProviderFactory");
    }

    @Test
    void configPropertyNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (ConfigProperty property : factory().configProperties()) {
            assertTrue(names.add(property.name()), "config property listed twice: " + property.name());
        }
    }

    @Test
    void acceptsValidConfig() {
        List<ConfigIssue> issues = factory().validate(validConfig());
        assertEquals(List.of(), issues, "validConfig() must be accepted");
    }

    @Test
    void explainsEveryMissingRequiredProperty() {
        for (ConfigProperty property : factory().configProperties()) {
            if (!property.required()) {
                continue;
            }
            Map<String, String> config = new HashMap<>(validConfig());
            config.remove(property.name());
            List<ConfigIssue> issues = factory().validate(config);
            assertTrue(
                    issues.stream().anyMatch(issue -> property.name().equals(issue.property())),
                    "leaving out required " + property.name() + " must give an issue about it, got " + issues);
        }
    }

    @Test
    void rejectsUnknownSettings() {
        Map<String, String> config = new HashMap<>(validConfig());
        config.put("no-such-setting", "x");
        assertTrue(
                factory().validate(config).stream().anyMatch(issue -> "no-such-setting".equals(issue.property())),
                "an unknown setting must be reported (call PluginFactory.validateAgainstDescriptors)");
    }

    @Test
    void createsAProviderFromValidConfig() {
        PluginFactory factory = factory();
        Object provider = ((ProviderFactory<?>) factory).create(context(validConfig()));
        assertNotNull(provider, "create() returned null");
    }

    @Test
    void aProviderClosesQuietlyAndMoreThanOnce() {
        // The platform closes a provider when the municipality's settings change and at shutdown; a close that
        // throws or that cannot be repeated (two instances shutting down, a retried change) is a plug-in bug.
        Object provider = ((ProviderFactory<?>) factory()).create(context(validConfig()));
        assertInstanceOf(Provider.class, provider, "a provider implements its extension point's interface");
        assertDoesNotThrow(((Provider) provider)::close, "close() must not throw");
        assertDoesNotThrow(((Provider) provider)::close, "close() may be called twice");
    }

    /** The context the contract's tests use; override to point the plug-in at a fake server. */
    protected TestPluginContext context(Map<String, String> config) {
        return TestPluginContext.of(config);
    }
}
