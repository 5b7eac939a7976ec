package be.ptrpas.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The benchmark's own identity provider: an RSA key whose public half the platform trusts (as in production). */
final class Jwt {

    static final String ISSUER = "https://idp.bench.test";

    private final KeyPair key;

    Jwt() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
    }

    /** Writes the public key as PEM and returns the file. */
    Path writePublicKey(Path dir) throws Exception {
        Path file = dir.resolve("bench-idp-public.pem");
        Files.writeString(
                file,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    String operator() throws Exception {
        return token("bench-operator", "operator", null);
    }

    String clerk(String nis) throws Exception {
        return token("clerk-" + nis, "clerk", nis);
    }

    String warden(String nis) throws Exception {
        return token("warden-" + nis, "warden", nis);
    }

    String admin(String nis) throws Exception {
        return token("admin-" + nis, "admin", nis);
    }

    /** A citizen signed in with their national number (claim {@code rrn}, as the Flemish login gives it). */
    String citizen(String nationalNumber) throws Exception {
        return token("citizen-" + nationalNumber, "citizen", null, "\"rrn\":\"" + nationalNumber + "\",");
    }

    private String token(String subject, String role, String nis) throws Exception {
        return token(subject, role, nis, "");
    }

    private String token(String subject, String role, String nis, String extraClaims) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\","
                + "\"groups\":[\"" + role + "\"]," + (nis == null ? "" : "\"tenant\":\"" + nis + "\",") + extraClaims
                + "\"iat\":" + now + ",\"exp\":" + (now + 6 * 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rsa.sign());
    }
}
