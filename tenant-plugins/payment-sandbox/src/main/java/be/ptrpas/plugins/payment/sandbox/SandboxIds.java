package be.ptrpas.plugins.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random ids for sandbox objects, and the hashes that turn caller keys into store keys. */
final class SandboxIds {

    static final String PAYMENT_PREFIX = "sbx_";
    static final String LINK_PREFIX = "sbl_";
    static final String REFUND_PREFIX = "sbr_";
    static final String EVENT_PREFIX = "evt_";

    /** Ids this plug-in hands out: a prefix and 24 letters or digits. Anything else never reaches the store. */
    static final Pattern PAYMENT_ID = Pattern.compile("sbx_[A-Za-z0-9]{24}");

    static final Pattern LINK_ID = Pattern.compile("sbl_[A-Za-z0-9]{24}");

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxIds() {}

    /** An id that cannot be guessed: the checkout page needs no login, so knowing the id is the only access check. */
    static String newId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 24; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** Idempotency keys come from callers and may be long or contain anything; the store wants short safe keys. */
    static String hashOf(String callerKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(callerKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
