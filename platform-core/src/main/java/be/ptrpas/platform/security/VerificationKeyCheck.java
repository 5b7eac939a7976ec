package be.ptrpas.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the configured token verification key can actually be read: a key location pointing nowhere, or at
 * something that is no key, makes MP-JWT refuse every token while everything else looks healthy. Reads what MP-JWT
 * reads ({@code mp.jwt.verify.publickey}, else {@code mp.jwt.verify.publickey.location}: a file, a {@code file:},
 * {@code http(s):} or class-path location) and accepts what it accepts: PEM or bare base64 of an X.509 public key,
 * a JWK, or a JWK set with at least one usable key. The answer is kept for a minute (a JWKS URL is not fetched on
 * every readiness probe).
 */
@ApplicationScoped
public class VerificationKeyCheck {

    /** The outcome; {@code detail} is for the log only, never for a public answer. */
    public record Result(State state, String detail) {}

    public enum State {
        USABLE,
        NOT_CONFIGURED,
        UNUSABLE
    }

    static final Duration KEPT = Duration.ofMinutes(1);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class.getName());

    @Inject
    Clock clock;

    private final Function<String, Optional<String>> settings;
    private Result last;
    private Instant lastAt = Instant.MIN;

    public VerificationKeyCheck() {
        this.settings = name -> ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }

    VerificationKeyCheck(Clock clock, Function<String, Optional<String>> settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public synchronized Result result() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(KEPT))) {
            Result previous = last;
            last = check(settings);
            lastAt = now;
            if (last.state() == State.UNUSABLE && (previous == null || previous.state() != State.UNUSABLE)) {
                LOG.severe("The token verification key cannot be used, so every token is refused: " + last.detail());
            }
        }
        return last;
    }

    static Result check(Function<String, Optional<String>> settings) {
        Optional<String> key = settings.apply("mp.jwt.verify.publickey").filter(v -> !v.isBlank());
        if (key.isPresent()) {
            return parse(key.get(), "mp.jwt.verify.publickey");
        }
        Optional<String> location =
                settings.apply("mp.jwt.verify.publickey.location").filter(v -> !v.isBlank());
        if (location.isEmpty()) {
            return new Result(State.NOT_CONFIGURED, "no mp.jwt.verify.publickey(.location) configured");
        }
        String text;
        try {
            text = read(location.get().trim());
        } catch (IOException | RuntimeException e) {
            return new Result(State.UNUSABLE, "cannot read the key at " + location.get() + ": " + e);
        }
        if (text == null) {
            return new Result(State.UNUSABLE, "nothing found at " + location.get());
        }
        return parse(text, location.get());
    }

    static String read(String location) throws IOException {
        if (location.matches("(?i)(https?|file|jar):.*")) {
            URLConnection connection = URI.create(location).toURL().openConnection();
            connection.setConnectTimeout((int) FETCH_TIMEOUT.toMillis());
            connection.setReadTimeout((int) FETCH_TIMEOUT.toMillis());
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
        }
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : VerificationKeyCheck.class.getClassLoader())
                .getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
            if (in != null) {
                return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
        }
        Path file = Path.of(resource);
        return Files.isRegularFile(file) ? Files.readString(file) : null;
    }

    static Result parse(String text, String source) {
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("{")) {
                JsonStructure json;
                try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
                    json = reader.read();
                }
                JsonObject object = json.asJsonObject();
                if (object.containsKey("keys")) {
                    for (JsonValue jwk : object.getJsonArray("keys")) {
                        if (jwk.getValueType() == JsonValue.ValueType.OBJECT && usableJwk(jwk.asJsonObject())) {
                            return new Result(State.USABLE, source);
                        }
                    }
                    return new Result(State.UNUSABLE, "no usable key in the JWK set at " + source);
                }
                return usableJwk(object)
                        ? new Result(State.USABLE, source)
                        : new Result(State.UNUSABLE, "the JWK at " + source + " is not a usable public key");
            }
            byte[] der = Base64.getMimeDecoder()
                    .decode(trimmed.replaceAll("-----[A-Z ]+-----", "").trim());
            X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
            try {
                KeyFactory.getInstance("RSA").generatePublic(spec);
            } catch (GeneralSecurityException notRsa) {
                KeyFactory.getInstance("EC").generatePublic(spec);
            }
            return new Result(State.USABLE, source);
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Result(State.UNUSABLE, "what " + source + " holds is no public key: " + e.getMessage());
        }
    }

    private static boolean usableJwk(JsonObject jwk) {
        try {
            String type = jwk.getString("kty", "");
            if ("RSA".equals(type)) {
                Base64.Decoder url = Base64.getUrlDecoder();
                KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(
                                new BigInteger(1, url.decode(jwk.getString("n"))),
                                new BigInteger(1, url.decode(jwk.getString("e")))));
                return true;
            }
            return "EC".equals(type) && jwk.containsKey("x") && jwk.containsKey("y");
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
