package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.persistence.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hashes (HMAC-SHA256) with the installation's citizen key ({@code ptr.citizen.key} / {@code PTR_CITIZEN_KEY},
 * base64 of at least 32 random bytes). Preferences are stored under the hash of the national number, so a dump of the
 * database does not show national numbers, and without the key the 11-digit numbers cannot simply be tried one by one
 * against the hashes. Confirmation codes are kept as such a hash too. On the embedded default the key is drawn once and
 * kept in the data directory ({@value #FILE_NAME}), like the secrets key; elsewhere it must be configured, the same
 * on every instance.
 */
@ApplicationScoped
public class CitizenKeys {

    static final String FILE_NAME = "citizen.key";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ptr.citizen.key")
    Optional<String> configured;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        String encoded = configured.filter(k -> !k.isBlank()).orElse(null);
        if (encoded == null && DatabaseSettings.isEmbedded()) {
            encoded = embeddedKey(DatabaseSettings.dataDirectory());
        }
        key = encoded == null ? null : decode(encoded.trim());
    }

    /** For tests: a fixed key. */
    static CitizenKeys of(byte[] bytes) {
        CitizenKeys keys = new CitizenKeys();
        keys.key = new SecretKeySpec(bytes.clone(), "HmacSHA256");
        return keys;
    }

    /** The key under which a citizen's preferences are stored: 64 hex digits. */
    public String citizenKey(String nationalNumber) {
        return hex(mac("citizen:" + nationalNumber));
    }

    /** The stored form of a confirmation code, bound to its confirmation so a hash is worth nothing elsewhere. */
    String codeHash(String confirmationId, String code) {
        return hex(mac("code:" + confirmationId + ":" + code));
    }

    /** Compares in constant time, so the answer's timing does not tell how much of a code was right. */
    boolean codeMatches(String confirmationId, String code, String storedHash) {
        return MessageDigest.isEqual(
                codeHash(confirmationId, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String text) {
        if (key == null) {
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "Citizens' preferences cannot be kept: the platform has no citizen key (PTR_CITIZEN_KEY). "
                            + "Ask the operator.");
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static SecretKeySpec decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PTR_CITIZEN_KEY is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("PTR_CITIZEN_KEY must be at least 32 random bytes, base64-encoded");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static synchronized String embeddedKey(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                PrivateFiles.write(file, Base64.getEncoder().encodeToString(bytes));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the citizen key in " + file, e);
        }
    }
}
