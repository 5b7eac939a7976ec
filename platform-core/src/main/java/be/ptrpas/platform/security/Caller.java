package be.ptrpas.platform.security;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, derived once per request from the verified token. Nothing is injected into it: it is created for
 * every request, and each injection point made that creation several times dearer in Payara.
 */
@RequestScoped
public class Caller {

    /** What an operator id looks like: short, no spaces, safe in logs and URLs (e.g. 4411, easypark). */
    public static final Pattern OPERATOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** At most this many companies in one token's company claim. */
    static final int MAX_COMPANIES = 50;

    private static final Pattern NIS_CODE = Pattern.compile("\\d{5}");

    private boolean authenticated;
    private String subject;
    private Set<String> roles = Set.of();
    private String tenant;
    private NationalNumber nationalNumber;
    private List<CompanyNumber> companyNumbers = List.of();
    private String parkingOperatorId;
    private String clientId;

    /** Reads and checks the claims of a token the container has already verified (signature, issuer, expiry). */
    void authenticate(JsonWebToken token, TokenClaims claims) {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        Set<String> known = new TreeSet<>(groups);
        known.retainAll(Roles.ALL);
        String tenantClaim = claims.tenant();
        String tenantValue = stringClaim(token, tenantClaim);
        if (known.stream().anyMatch(Roles.TENANT_BOUND::contains)
                && (tenantValue == null || !NIS_CODE.matcher(tenantValue).matches())) {
            throw unauthorized("The token gives a municipal role but no valid '" + tenantClaim + "' claim (NIS code).");
        }
        if (known.contains(Roles.PARKING_OPERATOR)) {
            // An operator's credential is a machine's: mixing it with a person's role would let one token act both as
            // a municipality's staff and as a vendor serving many municipalities.
            if (known.size() > 1) {
                throw unauthorized("A parking-operator token may carry no other role; this one also has "
                        + String.join(
                                ", ",
                                known.stream()
                                        .filter(r -> !r.equals(Roles.PARKING_OPERATOR))
                                        .toList()) + ".");
            }
            String parkingOperatorClaim = claims.parkingOperator();
            String operator = stringClaim(token, parkingOperatorClaim);
            if (operator == null || !OPERATOR_ID.matcher(operator).matches()) {
                throw unauthorized("The token gives the parking-operator role but no valid '" + parkingOperatorClaim
                        + "' claim (1 to 40 letters, digits, '.', '_' or '-').");
            }
            parkingOperatorId = operator;
        }
        if (known.contains(Roles.CITIZEN)) {
            String nationalNumberClaim = claims.nationalNumber();
            nationalNumber = NationalNumber.parse(stringClaim(token, nationalNumberClaim))
                    .orElseThrow(() -> unauthorized(
                            "The token's '" + nationalNumberClaim + "' claim is not a valid national number."));
            String companyNumberClaim = claims.companyNumber();
            companyNumbers = companyClaims(token.getClaim(companyNumberClaim), companyNumberClaim);
        }
        // The OAuth client the token was issued to (a machine client such as the citizen portal's back end).
        clientId = stringClaim(token, "azp");
        if (clientId == null) {
            clientId = stringClaim(token, "client_id");
        }
        this.authenticated = true;
        this.subject = token.getSubject() != null ? token.getSubject() : token.getName();
        this.roles = Set.copyOf(known);
        this.tenant = parkingOperatorId != null ? null : tenantValue;
    }

    /** For work the platform does by itself (start-up data, scheduled jobs): audited as "system:<name>". */
    public void actAsSystem(String name) {
        this.authenticated = true;
        this.subject = "system:" + name;
        this.roles = Set.of();
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value instanceof JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? null : text;
    }

    /**
     * The company claim: one company number, or an array of them (a person who manages several companies). Every
     * value must be a valid company number; at most {@value #MAX_COMPANIES}.
     */
    private static List<CompanyNumber> companyClaims(Object value, String name) {
        if (value == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                texts.add(element instanceof JsonString json ? json.getString() : element.toString());
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> texts.add(String.valueOf(element)));
        } else {
            String text = value instanceof JsonString json ? json.getString() : value.toString();
            if (text.isBlank()) {
                return List.of();
            }
            texts.add(text);
        }
        if (texts.size() > MAX_COMPANIES) {
            throw unauthorized("The token's '" + name + "' claim names more than " + MAX_COMPANIES + " companies.");
        }
        Set<CompanyNumber> numbers = new LinkedHashSet<>();
        for (String text : texts) {
            numbers.add(CompanyNumber.parse(text)
                    .orElseThrow(
                            () -> unauthorized("The token's '" + name + "' claim is not a valid company number.")));
        }
        return List.copyOf(numbers);
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail);
    }

    public boolean isAuthenticated() {
        return authenticated;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether one of the given roles lets this caller act on municipality {@code nis}. */
    public boolean mayActFor(String nis, Set<String> grantingRoles) {
        for (String role : grantingRoles) {
            if (!roles.contains(role)) {
                continue;
            }
            if (Roles.OPERATOR.equals(role)) {
                return true; // platform-wide
            }
            if (Roles.PARKING_OPERATOR.equals(role)) {
                // Any municipality by path; whether it has admitted this operator is checked once the municipality
                // is entered (AccessControlFilter), and refused with 403 parking-operator-not-admitted.
                return true;
            }
            // Citizens never act "for a municipality": their cross-municipality items get their own, citizen-scoped
            // paths (see docs/architecture.md), so a tenant path never opens for them.
            if (Roles.TENANT_BOUND.contains(role) && nis.equals(tenant)) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    public Optional<NationalNumber> nationalNumber() {
        return Optional.ofNullable(nationalNumber);
    }

    /**
     * The companies the token says this citizen acts for, in the token's order; empty when none. A claim alone is not
     * a mandate: {@code company.CompanyMandates} confirms it with the enterprise register before anything of a
     * company is shown.
     */
    public List<CompanyNumber> claimedCompanies() {
        return companyNumbers;
    }

    /** The OAuth client the token was issued to ({@code azp}, else {@code client_id}); empty when it names none. */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** The parking operator a {@code parking-operator} token speaks for; empty for every other caller. */
    public Optional<String> parkingOperatorId() {
        return Optional.ofNullable(parkingOperatorId);
    }

    /** How this caller appears in the audit log: role and subject, never a national number. */
    public String auditActor() {
        if (!authenticated) {
            return "anonymous";
        }
        return parkingOperatorId != null ? "parking-operator:" + parkingOperatorId + ":" + subject : subject;
    }

    public String auditRole() {
        if (!authenticated) {
            return "anonymous";
        }
        if (subject != null && subject.startsWith("system:")) {
            return "system";
        }
        for (String role : new String[] {
            Roles.OPERATOR,
            Roles.ADMIN,
            Roles.OFFICIAL,
            Roles.CLERK,
            Roles.WARDEN,
            Roles.IOD_SYSTEM,
            Roles.CITIZEN,
            Roles.PARKING_OPERATOR,
            Roles.PORTAL
        }) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "none";
    }
}
