package be.ptrpas.platform.plugin;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The plug-in choices of the current municipality, validated by the plug-in's own factory when it is installed. */
@ApplicationScoped
@Transactional
public class PluginSettingService {

    static final String AUDIT_TYPE = "plugin-setting";
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final int MAX_ENTRIES = 50;
    private static final int MAX_VALUE = 4096;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PluginCatalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    Event<PluginSettingChanged> changes;

    /** Whether plug-ins may connect to loopback and private networks; default: only on the embedded default. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ptr.plugins.allow-private-addresses")
    Optional<Boolean> allowPrivateAddresses;

    public List<PluginSettingView> list() {
        return tenantEm.get()
                .createQuery("select p from PluginSetting p order by p.slot", PluginSetting.class)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    public PluginSettingView get(PluginSlot slot) {
        return view(find(slot).orElseThrow(() -> notConfigured(slot)));
    }

    /** Creates or replaces the choice for a slot; returns whether it was created. */
    public Saved save(PluginSlot slot, PluginSettingDetails details, Long expectedVersion) {
        validateShape(details);
        Optional<PluginSetting> existing = find(slot);
        Versions.check(
                expectedVersion,
                existing.map(PluginSetting::version).orElse(0L),
                "The plug-in choice for " + slot.path());
        String owner = currentTenant.require() + "|" + slot.path();
        Map<String, String> config = details.config() == null ? Map.of() : details.config();
        Map<String, String> newSecrets = details.secrets() == null ? Map.of() : details.secrets();
        refusePublished(newSecrets);

        // Secrets of another provider are meaningless for the new one.
        boolean sameProvider = existing.map(setting -> setting.providerId().equals(details.providerId()))
                .orElse(false);
        Map<String, String> encrypted =
                new TreeMap<>(sameProvider ? existing.get().encryptedSecrets() : Map.of());
        Optional<PluginFactory> factory = catalog.find(details.providerId());
        Map<String, String> plainSecrets = new HashMap<>();
        if (!encrypted.isEmpty() || newSecrets.values().stream().anyMatch(value -> value != null)) {
            SecretCipher cipher = SecretCipher.configured().orElseThrow(SecretCipher::notConfigured);
            newSecrets.forEach((name, value) -> {
                if (value == null) {
                    encrypted.remove(name);
                } else {
                    encrypted.put(name, cipher.encrypt(value, owner + "|" + name));
                    plainSecrets.put(name, value);
                }
            });
            if (factory.isPresent()) {
                // The plug-in checks its settings as a whole, kept secrets included.
                encrypted.forEach((name, encryptedValue) -> plainSecrets.computeIfAbsent(
                        name, kept -> readable(cipher, encryptedValue, owner + "|" + kept)));
            }
        }
        factory.ifPresent(installed -> validateWithFactory(slot, installed, config, plainSecrets));
        factory.ifPresent(installed -> checkAddresses(
                installed, config, sameProvider ? existing.get().config() : null, newSecrets, encrypted.keySet()));

        PluginSettingView before = existing.map(this::view).orElse(null);
        PluginSetting setting = existing.orElseGet(() -> new PluginSetting(slot));
        setting.apply(details.providerId(), details.enabled() == null || details.enabled(), config, encrypted);
        if (existing.isEmpty()) {
            tenantEm.get().persist(setting);
        }
        recordUse(slot, setting.providerId(), setting.enabled());
        tenantEm.get().flush();
        PluginSettingView after = view(setting);
        audit.record(existing.isEmpty() ? "create" : "update", AUDIT_TYPE, slot.path(), before, after);
        changes.fire(new PluginSettingChanged(currentTenant.require(), slot));
        return new Saved(after, existing.isEmpty());
    }

    public record Saved(PluginSettingView view, boolean created) {}

    public void delete(PluginSlot slot, Long expectedVersion) {
        PluginSetting setting = find(slot).orElseThrow(() -> notConfigured(slot));
        Versions.check(expectedVersion, setting.version(), "The plug-in choice for " + slot.path());
        PluginSettingView before = view(setting);
        tenantEm.get().remove(setting);
        PluginSlotUse use = tenantEm.get().find(PluginSlotUse.class, PluginSlotUse.key(currentTenant.require(), slot));
        if (use != null) {
            tenantEm.get().remove(use);
        }
        tenantEm.get().flush();
        audit.record("delete", AUDIT_TYPE, slot.path(), before, null);
        changes.fire(new PluginSettingChanged(currentTenant.require(), slot));
    }

    /** Keeps the platform-wide record of who uses the slot ({@link PluginSlotDirectory}) in step, in this transaction. */
    private void recordUse(PluginSlot slot, String providerId, boolean enabled) {
        String nis = currentTenant.require();
        PluginSlotUse use = tenantEm.get().find(PluginSlotUse.class, PluginSlotUse.key(nis, slot));
        if (use == null) {
            use = new PluginSlotUse(nis, slot);
            use.apply(providerId, enabled);
            tenantEm.get().persist(use);
        } else {
            use.apply(providerId, enabled);
        }
    }

    private static String readable(SecretCipher cipher, String sealed, String owner) {
        try {
            return cipher.decrypt(sealed, owner);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("A stored secret can no longer be read (the encryption key changed); send "
                    + "every secret of this plug-in again.");
        }
    }

    /**
     * The current municipality's slots whose plug-in holds a published secret ({@link PublishedSecrets}), as
     * {@code slot.property}; a secret that no longer decrypts is not judged here.
     */
    public List<String> publishedSecrets() {
        String nis = currentTenant.require();
        Optional<SecretCipher> cipher = SecretCipher.configured();
        List<String> found = new ArrayList<>();
        for (PluginSetting setting : tenantEm.get()
                .createQuery("select p from PluginSetting p order by p.slot", PluginSetting.class)
                .getResultList()) {
            String owner = nis + "|" + setting.slot().path();
            setting.encryptedSecrets().forEach((name, encryptedValue) -> {
                try {
                    if (cipher.isPresent()
                            && PublishedSecrets.isPublished(cipher.get().decrypt(encryptedValue, owner + "|" + name))) {
                        found.add(setting.slot().path() + "." + name + " (slot column "
                                + setting.slot().name() + ")");
                    }
                } catch (IllegalStateException unreadable) {
                    // sealed with another key: the plug-in cannot use it either
                }
            });
        }
        return found;
    }

    /** The stored choice for a slot, for the plug-in runtime. */
    public Optional<PluginSetting> current(PluginSlot slot) {
        return find(slot);
    }

    private Optional<PluginSetting> find(PluginSlot slot) {
        return tenantEm.get()
                .createQuery("select p from PluginSetting p where p.slot = :slot", PluginSetting.class)
                .setParameter("slot", slot)
                .getResultStream()
                .findFirst();
    }

    private PluginSettingView view(PluginSetting setting) {
        Optional<PluginFactory> factory = catalog.find(setting.providerId());
        return new PluginSettingView(
                setting.slot().path(),
                setting.providerId(),
                factory.isPresent(),
                factory.map(PluginFactory::displayName).orElse(null),
                factory.map(PluginFactory::version).orElse(null),
                setting.enabled(),
                new TreeMap<>(setting.config()),
                setting.encryptedSecrets().keySet().stream().sorted().toList(),
                setting.version(),
                setting.updatedAt());
    }

    private static void validateShape(PluginSettingDetails details) {
        if (details == null) {
            throw ProblemException.invalid("body", "a plug-in choice is required");
        }
        Violations v = new Violations();
        if (v.required("providerId", details.providerId())) {
            v.matches(
                    "providerId",
                    details.providerId(),
                    PROVIDER_ID,
                    "must be a plug-in id: lower-case letters, digits and '-', e.g. payment-mollie");
        }
        checkMap(v, "config", details.config(), false);
        checkMap(v, "secrets", details.secrets(), true);
        if (details.config() != null && details.secrets() != null) {
            details.config().keySet().stream()
                    .filter(details.secrets()::containsKey)
                    .sorted()
                    .forEach(key -> v.add("config." + key, "is also given as a secret; give it once"));
        }
        v.throwIfAny();
    }

    /**
     * Where the plug-in connects: every URL-typed setting must be an address the platform may reach
     * ({@link OutboundAddresses}), and a changed address needs every stored secret sent again. Otherwise an admin
     * (or whoever holds an admin's session) could point the plug-in elsewhere and have the platform hand the API key
     * it never shows to a server of their choosing.
     */
    private void checkAddresses(
            PluginFactory factory,
            Map<String, String> config,
            Map<String, String> before,
            Map<String, String> newSecrets,
            Set<String> storedSecrets) {
        Violations v = new Violations();
        OutboundAddresses addresses = outboundAddresses();
        List<String> moved = new ArrayList<>();
        for (ConfigProperty property : factory.configProperties()) {
            if (property.type() != ConfigProperty.Type.URL || property.secret()) {
                continue;
            }
            String value = blankToNull(config.get(property.name()));
            if (value != null) {
                addresses.refusal(value).ifPresent(why -> v.add("config." + property.name(), why));
            }
            if (before != null && !Objects.equals(value, blankToNull(before.get(property.name())))) {
                moved.add(property.name());
            }
        }
        if (!moved.isEmpty()) {
            storedSecrets.stream()
                    .filter(name -> newSecrets.get(name) == null)
                    .sorted()
                    .forEach(name -> v.add(
                            "secrets." + name,
                            "must be sent again: the plug-in now connects elsewhere (" + String.join(", ", moved)
                                    + "), and a stored secret is only ever sent where it was given for"));
        }
        v.throwIfAny();
    }

    /** The operator's rule for plug-ins' outbound addresses. */
    public OutboundAddresses outboundAddresses() {
        return new OutboundAddresses(
                DatabaseSettings.isEmbedded(), allowPrivateAddresses.orElse(DatabaseSettings.isEmbedded()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A secret anyone can read in this repository (demo data, examples) protects nothing: it is never accepted. */
    private static void refusePublished(Map<String, String> secrets) {
        Violations v = new Violations();
        secrets.forEach((name, value) -> {
            if (PublishedSecrets.isPublished(value)) {
                v.add(
                        "secrets." + name,
                        "is a published example or demo value that anyone can read; choose a new, " + "random secret");
            }
        });
        v.throwIfAny();
    }

    private static void checkMap(Violations v, String field, Map<String, String> map, boolean nullAllowed) {
        if (map == null) {
            return;
        }
        if (map.size() > MAX_ENTRIES) {
            v.add(field, "at most " + MAX_ENTRIES + " settings");
        }
        map.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                v.add(field + "." + key, "is not a valid setting name (letters, digits, '.', '_', '-')");
            } else if (value == null && !nullAllowed) {
                v.add(field + "." + key, "has no value; leave it out instead");
            } else if (value != null && value.length() > MAX_VALUE) {
                v.add(field + "." + key, "is longer than " + MAX_VALUE + " characters");
            }
        });
    }

    private static void validateWithFactory(
            PluginSlot slot, PluginFactory factory, Map<String, String> config, Map<String, String> secrets) {
        Violations v = new Violations();
        if (!slot.accepts(factory)) {
            v.add(
                    "providerId",
                    factory.id() + " is a " + describe(factory) + " plug-in; slot " + slot.path() + " needs a "
                            + slot.kind() + (slot.channelType() == null ? "" : " of type " + slot.channelType()));
            v.throwIfAny();
        }
        Set<String> secretNames = factory.configProperties().stream()
                .filter(ConfigProperty::secret)
                .map(ConfigProperty::name)
                .collect(Collectors.toSet());
        config.keySet().stream()
                .filter(secretNames::contains)
                .sorted()
                .forEach(key -> v.add("config." + key, "is secret: send it in 'secrets', it is never shown again"));
        secrets.keySet().stream()
                .filter(key -> !secretNames.contains(key))
                .sorted()
                .forEach(key -> v.add(
                        "secrets." + key, "is not a secret setting of " + factory.id() + "; send it in 'config'"));
        v.throwIfAny();
        Map<String, String> all = new HashMap<>(config);
        all.putAll(secrets);
        List<ConfigIssue> issues;
        try {
            issues = factory.validate(all);
        } catch (RuntimeException e) {
            throw ProblemException.invalid(
                    "providerId", "the plug-in " + factory.id() + " failed to check the settings");
        }
        for (ConfigIssue issue : issues) {
            String name = issue.property();
            v.add(
                    name == null ? "config" : (secretNames.contains(name) ? "secrets." : "config.") + name,
                    issue.message());
        }
        v.throwIfAny();
    }

    private static String describe(PluginFactory factory) {
        return factory instanceof MessageChannelFactory channel
                ? factory.kind() + " (" + channel.channelType() + ")"
                : factory.kind().name();
    }

    private static ProblemException notConfigured(PluginSlot slot) {
        return ProblemException.notFound("No plug-in is configured for slot " + slot.path() + ".");
    }
}
