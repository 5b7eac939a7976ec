package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.plugin.OutboundAddresses;
import be.ptrpas.platform.plugin.PluginCatalog;
import be.ptrpas.platform.plugin.PluginSetting;
import be.ptrpas.platform.plugin.PluginSettingService;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.SecretCipher;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.ProviderFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the provider the current municipality uses in a slot and creates it from the stored settings (secrets
 * decrypted only here, only in memory). Providers are cached per municipality and slot until the settings change
 * (their version moves), so a provider is created once, not per call; {@link ProviderCache} closes the ones it
 * no longer hands out.
 */
@ApplicationScoped
@Transactional
public class TenantPlugins {

    @Inject
    Clock clock;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PluginSettingService settings;

    @Inject
    PluginCatalog catalog;

    @Inject
    PluginInvoker invoker;

    @Inject
    PluginFailureLog failures;

    @Inject
    PluginStateRepository state;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ProviderCache cache;

    /** The municipality's enabled plug-in in this slot, if it has one that is installed and of the right type. */
    public <P> Optional<ActivePlugin<P>> find(PluginSlot slot, Class<P> type) {
        String nis = currentTenant.require();
        Optional<PluginSetting> setting = settings.current(slot).filter(PluginSetting::enabled);
        if (setting.isEmpty()) {
            cache.remove(nis, slot.path()); // removed or switched off, possibly by another instance
            return Optional.empty();
        }
        PluginSetting chosen = setting.get();
        PluginInvoker.Target target = new PluginInvoker.Target(nis, slot.path(), chosen.providerId());
        ProviderCache.Entry cached = cache.get(nis, slot.path());
        if (cached == null || !cached.isFor(chosen.id(), chosen.version(), chosen.providerId())) {
            try {
                cached = new ProviderCache.Entry(
                        chosen.id(), chosen.version(), chosen.providerId(), create(nis, slot, chosen, target), null);
            } catch (ProblemException e) {
                cached = new ProviderCache.Entry(
                        chosen.id(), chosen.version(), chosen.providerId(), null, e.getMessage());
            }
            cache.put(nis, slot.path(), cached);
        }
        if (cached.failure() != null) {
            throw new ProblemException(ProblemType.PLUGIN_NOT_CONFIGURED, cached.failure());
        }
        if (!type.isInstance(cached.provider())) {
            return Optional.empty();
        }
        return Optional.of(new ActivePlugin<>(target, type.cast(cached.provider()), invoker));
    }

    /** As {@link #find}, or a clear problem when the municipality has not set this slot up. */
    public <P> ActivePlugin<P> require(PluginSlot slot, Class<P> type) {
        return find(slot, type)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.PLUGIN_NOT_CONFIGURED,
                        "This municipality has no enabled plug-in in slot '" + slot.path()
                                + "'. An admin can choose one under " + "/api/v1/tenants/{nis}/plugins/" + slot.path()
                                + "."));
    }

    /** Where the current municipality's vendor in this slot calls back. */
    public URI callbackUrl(PluginSlot slot) {
        return publicUrl.resolve("api/v1/callbacks/" + currentTenant.require() + "/" + slot.path());
    }

    private Object create(String nis, PluginSlot slot, PluginSetting setting, PluginInvoker.Target target) {
        PluginFactory factory = catalog.find(setting.providerId())
                .orElseThrow(() -> misconfigured(
                        nis, slot, setting, "plug-in " + setting.providerId() + " is not installed on this platform"));
        if (!slot.accepts(factory) || !(factory instanceof ProviderFactory<?> providers)) {
            throw misconfigured(nis, slot, setting, "plug-in " + factory.id() + " does not fit slot " + slot.path());
        }
        Map<String, String> config = new HashMap<>(setting.config());
        // Settings stored before the address rule (or under a laxer operator setting) are judged again here.
        OutboundAddresses addresses = settings.outboundAddresses();
        for (ConfigProperty property : factory.configProperties()) {
            String value = config.get(property.name());
            if (property.type() == ConfigProperty.Type.URL && value != null && !value.isBlank()) {
                Optional<String> refusal = addresses.refusal(value);
                if (refusal.isPresent()) {
                    throw misconfigured(nis, slot, setting, property.name() + " " + refusal.get());
                }
            }
        }
        if (!setting.encryptedSecrets().isEmpty()) {
            SecretCipher cipher = SecretCipher.configured().orElseThrow(SecretCipher::notConfigured);
            String owner = nis + "|" + slot.path();
            setting.encryptedSecrets()
                    .forEach((name, encryptedValue) ->
                            config.put(name, cipher.decrypt(encryptedValue, owner + "|" + name)));
        }
        PlatformPluginContext context = new PlatformPluginContext(
                nis,
                config,
                callbackUrl(slot),
                publicUrl.resolve("api/v1/pages/" + nis + "/" + slot.path() + "/"),
                workDirectory(nis, factory.id()),
                new DatabasePluginStore(state, nis, factory.id()),
                clock.withZone(ZoneOffset.UTC));
        try {
            Object provider = providers.create(context);
            if (provider == null) {
                throw new IllegalStateException("create() returned nothing");
            }
            return provider;
        } catch (RuntimeException | LinkageError e) {
            failures.record(nis, slot.path(), factory.id(), "create", FailureKind.MISCONFIGURED, e.getMessage());
            throw new ProblemException(
                    ProblemType.PLUGIN_NOT_CONFIGURED,
                    "The plug-in " + factory.id() + " cannot start with this municipality's settings: "
                            + e.getMessage());
        }
    }

    private ProblemException misconfigured(String nis, PluginSlot slot, PluginSetting setting, String message) {
        failures.record(nis, slot.path(), setting.providerId(), "create", FailureKind.MISCONFIGURED, message);
        return new ProblemException(
                ProblemType.PLUGIN_NOT_CONFIGURED, "Slot '" + slot.path() + "' cannot be used: " + message + ".");
    }

    private static Path workDirectory(String nis, String pluginId) {
        Path directory =
                DatabaseSettings.dataDirectory().resolve("plugins").resolve(nis).resolve(pluginId);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the plug-in directory " + directory, e);
        }
        return directory;
    }
}
