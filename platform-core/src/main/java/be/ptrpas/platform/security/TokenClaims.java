package be.ptrpas.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The names of the claims the platform reads from a token. Configurable so the Flemish government's OpenID Connect
 * broker (national number in {@code rrn}) can be plugged in without code changes; read once, not per request (the
 * request-scoped {@link Caller} used to look them up on every request).
 */
@ApplicationScoped
public class TokenClaims {

    @Inject
    @ConfigProperty(name = "ptr.jwt.claim.tenant", defaultValue = "tenant")
    String tenant;

    @Inject
    @ConfigProperty(name = "ptr.jwt.claim.national-number", defaultValue = "rrn")
    String nationalNumber;

    @Inject
    @ConfigProperty(name = "ptr.jwt.claim.company-number", defaultValue = "kbo")
    String companyNumber;

    /** The claim naming the parking operator of a {@code parking-operator} token (env PTR_JWT_CLAIM_PARKING_OPERATOR). */
    @Inject
    @ConfigProperty(name = "ptr.jwt.claim.parking-operator", defaultValue = "operator_id")
    String parkingOperator;

    public TokenClaims() {}

    TokenClaims(String tenant, String nationalNumber, String companyNumber, String parkingOperator) {
        this.tenant = tenant;
        this.nationalNumber = nationalNumber;
        this.companyNumber = companyNumber;
        this.parkingOperator = parkingOperator;
    }

    public String tenant() {
        return tenant;
    }

    public String nationalNumber() {
        return nationalNumber;
    }

    public String companyNumber() {
        return companyNumber;
    }

    public String parkingOperator() {
        return parkingOperator;
    }
}
