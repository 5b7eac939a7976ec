package be.ptrpas.platform.pass;

import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.persistence.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a holder into the key the pass stores: HMAC-SHA256 with the installation's holder key. Without that key a
 * dump of the pass tables cannot be matched to a national number (11 digits are few: a plain hash is reversed by
 * trying them all). The key is {@code PTR_HOLDER_KEY} (base64 of 32 bytes); without it, one is derived from
 * {@code PTR_SECRETS_KEY}; on the embedded default one is generated once in the data directory. Changing the key
 * orphans every pass item until the projection is rebuilt, so it is set once per installation.
 */
@ApplicationScoped
public class HolderKeys {

    private static final String DERIVATION_LABEL = "ptr-pas holder key v1";

    private SecretKeySpec key;

    @PostConstruct
    void readKey() {
        key = new SecretKeySpec(configuredKey(), "HmacSHA256");
    }

    /**
     * Reads the key when the platform starts, so an installation without one stops at once with the reason, instead
     * of failing the first change of a citizen's item.
     */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keyOf(new PassHolder(PassHolder.Type.PERSON, "00000000000"));
    }

    /** Keys made with a given key (tests, and tools that rebuild the projection). */
    static HolderKeys withKey(byte[] key) {
        HolderKeys keys = new HolderKeys();
        keys.key = new SecretKeySpec(key, "HmacSHA256");
        return keys;
    }

    /** The keyed hash of a holder: 64 hex characters. */
    public String keyOf(PassHolder holder) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(holder.canonical().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * A key of its own for another keyed hash of citizens (their preferences, their confirmation codes), derived from
     * the installation's holder key so the operator keeps one key; empty when production has none configured.
     */
    public static Optional<byte[]> derivedKey(String purpose) {
        byte[] installation;
        try {
            installation = configuredKey();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        return Optional.of(hmac(installation, purpose));
    }

    static byte[] configuredKey() {
        var holderKey =
                DatabaseSettings.setting("ptr.holder.key", "PTR_HOLDER_KEY").filter(k -> !k.isBlank());
        if (holderKey.isPresent()) {
            return decode(holderKey.get(), "PTR_HOLDER_KEY");
        }
        var secretsKey =
                DatabaseSettings.setting("ptr.secrets.key", "PTR_SECRETS_KEY").filter(k -> !k.isBlank());
        if (secretsKey.isPresent()) {
            return derive(decode(secretsKey.get(), "PTR_SECRETS_KEY"));
        }
        if (DatabaseSettings.isEmbedded()) {
            return decode(embeddedKey(DatabaseSettings.dataDirectory()), "the data directory's holder.key");
        }
        throw new IllegalStateException("The citizen pass needs a holder key: set PTR_HOLDER_KEY (base64 of 32 random"
                + " bytes) or PTR_SECRETS_KEY, and keep it for the life of the installation.");
    }

    /** A key of its own for the pass, so the two uses of the secrets key never share one. */
    static byte[] derive(byte[] secretsKey) {
        return hmac(secretsKey, DERIVATION_LABEL);
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decode(String base64, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException(name + " must hold at least 32 bytes, base64-encoded");
        }
        return bytes;
    }

    private static synchronized String embeddedKey(Path dataDirectory) {
        Path file = dataDirectory.resolve("holder.key");
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                PrivateFiles.write(file, Base64.getEncoder().encodeToString(bytes));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the holder key in " + file, e);
        }
    }
}
