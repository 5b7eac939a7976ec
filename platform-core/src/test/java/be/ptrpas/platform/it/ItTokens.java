package be.ptrpas.platform.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Tokens as the identity provider would issue them, and the bad ones an attacker might try. */
public final class ItTokens {

    public static final String ISSUER = "https://login.ptr-pas.test";
    /** Valid national numbers (mod-97), for citizen tokens. */
    public static final String CITIZEN_RRN = "85073003328";

    private static final PrivateKey SIGNING_KEY = privateKey("/it/jwt-private.pem");
    private static final PrivateKey FORGER_KEY = privateKey("/it/forger-private.pem");

    private ItTokens() {}

    public static String operator() {
        return sign(claims("operator", null, null).build(), SIGNING_KEY);
    }

    /** A token of a municipal role (clerk, admin, warden) of one municipality. */
    public static String of(String role, String nis) {
        return sign(claims(role, nis, null).build(), SIGNING_KEY);
    }

    public static String citizen() {
        return citizen(CITIZEN_RRN);
    }

    /** A citizen with their own national number. */
    public static String citizen(String rrn) {
        return sign(claims("citizen", null, rrn).build(), SIGNING_KEY);
    }

    /** A citizen acting for a company (Mijn Burgerprofiel's token for a company the person represents). */
    public static String citizenForCompany(String rrn, String companyNumber) {
        return sign(claims("citizen", null, rrn).claim("kbo", companyNumber).build(), SIGNING_KEY);
    }

    /**
     * A citizen whose token names several companies (the company claim as an array: a person who manages several).
     */
    public static String citizenForCompanies(String rrn, List<String> companyNumbers) {
        return sign(claims("citizen", null, rrn).claim("kbo", companyNumbers).build(), SIGNING_KEY);
    }

    /** The client id the integration tests configure for Mijn Burgerprofiel ({@code ptr.burgerprofiel.client-ids}). */
    public static final String PORTAL_CLIENT_ID = "mijn-burgerprofiel-it";

    /** The Mijn Burgerprofiel portal's machine client (role burgerprofiel), issued to {@code clientId}. */
    public static String portalClient(String clientId) {
        return sign(claims("burgerprofiel", null, null).claim("azp", clientId).build(), SIGNING_KEY);
    }

    /** The parking operator every demo municipality with paid zones admits (Antwerpen among them). */
    public static final String PARKING_OPERATOR_ID = "4411";

    /** A parking operator's token (an app or SMS operator's API client), naming the operator in {@code operator_id}. */
    public static String parkingOperator(String operatorId) {
        JWTClaimsSet.Builder claims = claims("parking-operator", null, null);
        if (operatorId != null) {
            claims.claim("operator_id", operatorId);
        }
        return sign(claims.build(), SIGNING_KEY);
    }

    /** A token with several roles, e.g. a parking operator that also claims to be a municipality's clerk. */
    public static String withRoles(List<String> roles, String nis, String operatorId) {
        JWTClaimsSet.Builder claims = claims(roles.get(0), nis, null).claim("groups", roles);
        if (operatorId != null) {
            claims.claim("operator_id", operatorId);
        }
        return sign(claims.build(), SIGNING_KEY);
    }

    /** Any role, valid in every way. */
    public static String valid(String role, String nis) {
        return switch (role) {
            case "operator" -> operator();
            case "citizen" -> citizen();
            case "parking-operator" -> parkingOperator(PARKING_OPERATOR_ID);
            case "burgerprofiel" -> portalClient(PORTAL_CLIENT_ID);
            default -> of(role, nis);
        };
    }

    public static String forged(String role, String nis) {
        return sign(claims(role, nis, CITIZEN_RRN).build(), FORGER_KEY);
    }

    public static String expired(String role, String nis) {
        Instant past = Instant.now().minusSeconds(7200);
        return sign(
                claims(role, nis, CITIZEN_RRN)
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plusSeconds(600)))
                        .build(),
                SIGNING_KEY);
    }

    /** Signed by the right key, but issued an hour from now (and valid for an hour after that). */
    public static String issuedInTheFuture(String role, String nis) {
        Instant later = Instant.now().plusSeconds(3600);
        return sign(
                claims(role, nis, CITIZEN_RRN)
                        .issueTime(Date.from(later))
                        .expirationTime(Date.from(later.plusSeconds(3600)))
                        .build(),
                SIGNING_KEY);
    }

    /** Signed by the right key, issued now, but not valid before an hour from now. */
    public static String notYetValid(String role, String nis) {
        return sign(
                claims(role, nis, CITIZEN_RRN)
                        .notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))
                        .expirationTime(Date.from(Instant.now().plusSeconds(7200)))
                        .build(),
                SIGNING_KEY);
    }

    /** A valid token that expires a few seconds from now. */
    public static String expiringIn(String role, String nis, int seconds) {
        Instant now = Instant.now();
        return sign(
                claims(role, nis, CITIZEN_RRN)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(seconds)))
                        .build(),
                SIGNING_KEY);
    }

    /** The same header and claims as {@code token}, signed by the forger's key instead. */
    public static String resignedByForger(String token) {
        try {
            return sign(SignedJWT.parse(token).getJWTClaimsSet(), FORGER_KEY);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code token} with one claim changed and the original signature kept. */
    public static String withClaimChanged(String token, String claim, Object value) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWTClaimsSet changed = new JWTClaimsSet.Builder(jwt.getJWTClaimsSet())
                    .claim(claim, value)
                    .build();
            String[] parts = token.split("\\.");
            return parts[0] + "." + Base64URL.encode(changed.toString()) + "." + parts[2];
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrongIssuer(String role, String nis) {
        return sign(
                claims(role, nis, CITIZEN_RRN).issuer("https://evil.example").build(), SIGNING_KEY);
    }

    /** An unsigned token ("alg": "none"). */
    public static String algNone(String role, String nis) {
        return new PlainJWT(claims(role, nis, CITIZEN_RRN).build()).serialize();
    }

    /** HS256 keyed with the public key's text: the classic algorithm-confusion attack. */
    public static String hmacWithPublicKey(String role, String nis) {
        try (InputStream in = ItTokens.class.getResourceAsStream("/it/jwt-public.pem")) {
            byte[] secret = in.readAllBytes();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims(role, nis, CITIZEN_RRN).build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A citizen token whose national number fails the mod-97 check. */
    public static String citizenWithInvalidRrn() {
        return sign(claims("citizen", null, "85073003329").build(), SIGNING_KEY);
    }

    private static JWTClaimsSet.Builder claims(String role, String nis, String rrn) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(role + "-" + (nis == null ? "x" : nis) + "-it")
                .claim("upn", role + "@it")
                .claim("groups", List.of(role))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString());
        if (nis != null) {
            claims.claim("tenant", nis);
        }
        if ("citizen".equals(role) && rrn != null) {
            claims.claim("rrn", rrn);
        }
        if ("parking-operator".equals(role) && rrn != null) {
            // the bad tokens (forged, expired, …) carry every identity claim, so only their flaw is tested
            claims.claim("operator_id", PARKING_OPERATOR_ID);
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String resource) {
        try (InputStream in = ItTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read test key " + resource, e);
        }
    }
}
