package be.ptrpas.platform.callback;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per municipality and slot for the public callback and page addresses. Their NIS codes are public:
 * without a limit anyone could make the platform store rows and call the municipality's vendor (fetch to confirm) as
 * fast as they can send. Vendors retry on 429, so a genuine burst above the limit is delayed, not lost.
 *
 * <p>Memory is bounded: only configured slots get a bucket of their own, at most {@code ptr.callbacks.max-buckets}
 * of them (the least recently used is dropped beyond that). An address nobody configured shares one of a fixed set
 * of decoy buckets, chosen by a keyed hash only this instance knows: it is limited exactly like a configured one
 * (same burst, same rate, same 429), so the limit does not tell which channels a municipality uses, and made-up
 * names cost no memory.
 */
@ApplicationScoped
public class CallbackRateLimit {

    static final int DECOYS = 256;

    @Inject
    @ConfigProperty(name = "ptr.callbacks.per-second", defaultValue = "50")
    double perSecond;

    @Inject
    @ConfigProperty(name = "ptr.callbacks.burst", defaultValue = "300")
    double burst;

    @Inject
    @ConfigProperty(name = "ptr.callbacks.max-buckets", defaultValue = "10000")
    int maxBuckets;

    private Map<String, Bucket> buckets;
    private Bucket[] decoys;
    private SecretKeySpec decoyKey;

    @PostConstruct
    void start() {
        buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxBuckets;
            }
        };
        decoys = new Bucket[DECOYS];
        for (int i = 0; i < DECOYS; i++) {
            decoys[i] = new Bucket(burst);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        decoyKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * Takes a token for a callback or page address.
     *
     * @param configured whether the municipality has an enabled plug-in in the slot (only then a bucket of its own)
     */
    public void acquire(String nis, String slot, boolean configured) {
        String key = nis + "|" + slot;
        Bucket bucket = configured ? configuredBucket(key) : decoys[decoyIndex(key)];
        if (!bucket.take(perSecond, burst, System.nanoTime())) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "Too many requests for this address; try again " + "in a few seconds.");
        }
    }

    /** How many buckets of their own are kept (configured slots recently called). */
    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket configuredBucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> new Bucket(burst));
        }
    }

    private int decoyIndex(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(decoyKey);
            byte[] digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(((digest[0] & 0xff) << 8) | (digest[1] & 0xff), DECOYS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens) {
            this.tokens = tokens;
            this.last = System.nanoTime();
        }

        synchronized boolean take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
