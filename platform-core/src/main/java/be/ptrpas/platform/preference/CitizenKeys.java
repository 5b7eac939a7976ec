package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.pass.HolderKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) with a key derived from the installation's holder key ({@code PTR_HOLDER_KEY}, see
 * {@link HolderKeys}: one key for every keyed hash of citizens, the pass's and these). Preferences are stored under
 * the hash of the national number, so a dump of the database does not show national numbers, and without the key the
 * 11-digit numbers cannot simply be tried one by one against the hashes. Confirmation codes are kept as such a hash
 * too.
 */
@ApplicationScoped
public class CitizenKeys {

    /** What the key is for: its own derivation, so a preference key never equals a pass key. */
    static final String PURPOSE = "ptr-pas citizen preferences v1";

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        key = HolderKeys.derivedKey(PURPOSE)
                .map(k -> new SecretKeySpec(k, "HmacSHA256"))
                .orElse(null);
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
                    "Citizens' preferences cannot be kept: the platform has no holder key (PTR_HOLDER_KEY or PTR_SECRETS_KEY). "
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
}
