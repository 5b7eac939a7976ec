package be.ptrpas.plugins.register.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Deterministic choices derived from a key (a national number, a plate). SHA-256 is used instead of
 * {@link java.util.Random} or {@link String#hashCode()} because its output is fixed by standard, so a synthetic
 * person stays the same person across JDKs and releases.
 */
final class Seed {

    private Seed() {}

    /** A number in [0, bound) for one purpose ("family name", "street", ...) of one key. */
    static int pick(String key, String purpose, int bound) {
        return (int) Math.floorMod(hash(key + "|" + purpose), (long) bound);
    }

    static <T> T pick(String key, String purpose, List<T> choices) {
        return choices.get(pick(key, purpose, choices.size()));
    }

    private static long hash(String input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
