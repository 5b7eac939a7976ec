package be.ptrpas.platform.plugin;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.persistence.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts plug-in secrets at rest with AES-256-GCM. The key comes from {@code PTR_SECRETS_KEY} (base64 of 32
 * bytes); on the embedded default a key is generated once in the data directory. The owner of a secret (tenant, slot,
 * property) is bound in as associated data, so a ciphertext copied to another tenant's row does not decrypt.
 */
public final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretCipher(SecretKey key) {
        this.key = key;
    }

    /** The configured cipher, or empty when production runs without a key (then secrets cannot be stored). */
    public static Optional<SecretCipher> configured() {
        String encoded =
                DatabaseSettings.setting("ptr.secrets.key", "PTR_SECRETS_KEY").orElse(null);
        if (encoded != null && !encoded.isBlank()) {
            return Optional.of(new SecretCipher(decodeKey(encoded.trim())));
        }
        if (DatabaseSettings.isEmbedded()) {
            return Optional.of(new SecretCipher(decodeKey(embeddedKey(DatabaseSettings.dataDirectory()))));
        }
        return Optional.empty();
    }

    static SecretKey decodeKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PTR_SECRETS_KEY is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("PTR_SECRETS_KEY must be 32 bytes (AES-256), base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static synchronized String embeddedKey(Path dataDirectory) {
        Path file = dataDirectory.resolve("secrets.key");
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                PrivateFiles.write(file, Base64.getEncoder().encodeToString(bytes));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the secrets key in " + file, e);
        }
    }

    public String encrypt(String plaintext, String owner) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(iv) + ":"
                    + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    public String decrypt(String stored, String owner) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted secret");
        }
        String[] parts = stored.substring(PREFIX.length()).split(":");
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("a stored secret cannot be decrypted with the configured key", e);
        }
    }

    public static ProblemException notConfigured() {
        return new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE,
                "Secrets cannot be stored: the platform has no encryption key (PTR_SECRETS_KEY). Ask the operator.");
    }
}
