package be.ptrpas.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens MP-JWT has already verified, remembered until they expire (at most {@link #MAX_AGE}), so that a token
 * sent again — a warden's handheld or a scan car checks plates thousands of times an hour with one token — is not
 * verified all over again on every request: MP-JWT re-reads the key, re-parses the token and checks its RSA signature
 * each time, which was an eighth of a plate check's CPU.
 *
 * <p>MP-JWT stays the only verifier: this store, consulted before it (lower priority number), only answers for the
 * exact token text MP-JWT accepted on an earlier request ({@link #remember}, called by the access filter with the
 * principal MP-JWT produced). A token with any other byte — another signature, a tampered claim — is a different key,
 * so it goes to MP-JWT. An entry ends at the token's {@code exp} and after {@link #MAX_AGE} (MP-JWT's own key cache
 * lives as long), so a rotated key takes effect as quickly as it would without this store.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

    /** How long a verified token is trusted without MP-JWT looking at it again. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Beyond this many tokens, expired ones are dropped; if that is not enough, all are (each is verified again). */
    static final int CAPACITY = 20_000;

    private static final Logger LOG = Logger.getLogger(VerifiedTokens.class.getName());

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final TokenText tokenText = new TokenText();

    @Inject
    Clock clock;

    public VerifiedTokens() {}

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    private record Entry(CredentialValidationResult result, Instant until) {}

    /** A token MP-JWT has verified for this request; later requests with the same token are answered from memory. */
    public void remember(JsonWebToken token) {
        String raw = token.getRawToken();
        Long expires = expiry(token);
        // MP-JWT's principal is a CallerPrincipal too (Jakarta Security's results only carry those).
        if (raw == null || expires == null || !(token instanceof CallerPrincipal principal)) {
            return;
        }
        Instant now = clock.instant();
        Instant until = min(Instant.ofEpochSecond(expires), now.plus(MAX_AGE));
        if (!until.isAfter(now) || entries.containsKey(raw)) {
            return;
        }
        if (entries.size() >= CAPACITY) {
            entries.values().removeIf(entry -> !entry.until().isAfter(now));
            if (entries.size() >= CAPACITY) {
                entries.clear();
            }
        }
        Set<String> groups = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
        entries.put(raw, new Entry(new CredentialValidationResult(principal, groups), until));
    }

    /**
     * The remembered answer for this exact token, or {@link CredentialValidationResult#NOT_VALIDATED_RESULT} so the
     * next identity store (MP-JWT) verifies it.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        String raw = tokenText.of(credential);
        if (raw == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Entry entry = entries.get(raw);
        if (entry == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!entry.until().isAfter(clock.instant())) {
            entries.remove(raw, entry);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return entry.result();
    }

    @Override
    public int priority() {
        return 10; // before MP-JWT's store (100)
    }

    int size() {
        return entries.size();
    }

    private static Long expiry(JsonWebToken token) {
        Object exp = token.getClaim(Claims.exp.name());
        if (exp instanceof Number number) {
            return number.longValue();
        }
        return exp instanceof JsonNumber number ? number.longValue() : null;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The token text of MP-JWT's credential. Payara's credential class is not part of any API the platform compiles
     * against, so its public {@code getSignedJWT()} is looked up once per credential class; any other credential
     * (or a Payara version without that method) has no text here and is left to the other stores.
     */
    static final class TokenText {

        private final Map<Class<?>, Optional<MethodHandle>> readers = new ConcurrentHashMap<>();

        String of(Credential credential) {
            if (credential == null) {
                return null;
            }
            Optional<MethodHandle> reader = readers.computeIfAbsent(credential.getClass(), TokenText::reader);
            if (reader.isEmpty()) {
                return null;
            }
            try {
                Object text = reader.get().invoke(credential);
                return text instanceof String s && !s.isEmpty() ? s : null;
            } catch (Throwable e) {
                return null;
            }
        }

        private static Optional<MethodHandle> reader(Class<?> type) {
            try {
                return Optional.of(MethodHandles.publicLookup()
                        .findVirtual(type, "getSignedJWT", MethodType.methodType(String.class)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.fine(() -> "credential " + type.getName() + " has no token text; not remembered");
                return Optional.empty();
            }
        }
    }
}
