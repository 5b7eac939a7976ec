package be.ptrpas.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.spi.belgian.CompanyNumber;
import jakarta.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Reading a verified token's claims, in particular the parking operator's, which serves many municipalities. */
class CallerTest {

    /** A caller as the access filter authenticates it, with these claim names configured. */
    static final class ConfiguredCaller extends Caller {
        private final TokenClaims claims;

        ConfiguredCaller(TokenClaims claims) {
            this.claims = claims;
        }

        void authenticate(JsonWebToken token) {
            authenticate(token, claims);
        }
    }

    static ConfiguredCaller caller(String operatorClaim) {
        return new ConfiguredCaller(new TokenClaims("tenant", "rrn", "kbo", operatorClaim));
    }

    static JsonWebToken token(List<String> groups, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "it";
            }

            @Override
            public String getSubject() {
                return "client-17";
            }

            @Override
            public Set<String> getGroups() {
                return Set.copyOf(groups);
            }

            @Override
            public Set<String> getClaimNames() {
                return all.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) all.get(name);
            }
        };
    }

    static ProblemType refusal(ConfiguredCaller caller, JsonWebToken token) {
        try {
            caller.authenticate(token);
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aParkingOperatorIsNamedByItsClaimAndMayKnockAtAnyMunicipality() {
        ConfiguredCaller caller = caller("operator_id");
        caller.authenticate(token(List.of("parking-operator"), Map.of("operator_id", "4411", "tenant", "11002")));
        assertThat(caller.parkingOperatorId()).contains("4411");
        assertThat(caller.tenant())
                .as("a tenant claim means nothing for an operator")
                .isEmpty();
        assertThat(caller.mayActFor("11002", Set.of(Roles.PARKING_OPERATOR))).isTrue();
        assertThat(caller.mayActFor("71016", Set.of(Roles.PARKING_OPERATOR))).isTrue();
        assertThat(caller.mayActFor("11002", Set.of(Roles.CLERK, Roles.ADMIN))).isFalse();
        assertThat(caller.auditRole()).isEqualTo("parking-operator");
        assertThat(caller.auditActor()).isEqualTo("parking-operator:4411:client-17");
    }

    @Test
    void theClaimNameIsConfigurable() {
        ConfiguredCaller caller = caller("azp_operator");
        caller.authenticate(token(List.of("parking-operator"), Map.of("azp_operator", "easypark")));
        assertThat(caller.parkingOperatorId()).contains("easypark");
        assertThat(refusal(
                        caller("azp_operator"), token(List.of("parking-operator"), Map.of("operator_id", "easypark"))))
                .isEqualTo(ProblemType.UNAUTHORIZED);
    }

    @Test
    void withoutAValidOperatorIdTheTokenIsRefused() {
        assertThat(refusal(caller("operator_id"), token(List.of("parking-operator"), Map.of())))
                .isEqualTo(ProblemType.UNAUTHORIZED);
        assertThat(refusal(
                        caller("operator_id"), token(List.of("parking-operator"), Map.of("operator_id", "two words"))))
                .isEqualTo(ProblemType.UNAUTHORIZED);
        assertThat(refusal(
                        caller("operator_id"),
                        token(List.of("parking-operator"), Map.of("operator_id", "x".repeat(41)))))
                .isEqualTo(ProblemType.UNAUTHORIZED);
    }

    @Test
    void aParkingOperatorsTokenCarriesNoOtherRole() {
        for (String other : List.of("clerk", "admin", "warden", "operator", "citizen")) {
            assertThatThrownBy(() -> caller("operator_id")
                            .authenticate(token(
                                    List.of("parking-operator", other),
                                    Map.of("operator_id", "4411", "tenant", "11002", "rrn", "85073003328"))))
                    .as(other)
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAUTHORIZED))
                    .hasMessageContaining(other);
        }
        ConfiguredCaller unknownExtra = caller("operator_id");
        unknownExtra.authenticate(
                token(List.of("parking-operator", "some-other-app-role"), Map.of("operator_id", "4411")));
        assertThat(unknownExtra.roles())
                .as("groups the platform does not know are ignored")
                .containsExactly("parking-operator");
    }

    @Test
    void staffAreNotParkingOperators() {
        ConfiguredCaller clerk = caller("operator_id");
        clerk.authenticate(token(List.of("clerk"), Map.of("tenant", "11002", "operator_id", "4411")));
        assertThat(clerk.parkingOperatorId()).isEmpty();
        assertThat(clerk.mayActFor("11002", Set.of(Roles.PARKING_OPERATOR, Roles.CLERK)))
                .isTrue();
        assertThat(clerk.mayActFor("71016", Set.of(Roles.PARKING_OPERATOR, Roles.CLERK)))
                .isFalse();
        assertThat(clerk.auditActor()).isEqualTo("client-17");
    }

    @Test
    void aCitizensCompanyClaimIsOneNumberOrAnArrayOfThem() {
        ConfiguredCaller one = caller("operator_id");
        one.authenticate(token(List.of("citizen"), Map.of("rrn", "85073003328", "kbo", "0831.246.745")));
        assertThat(one.claimedCompanies()).extracting(CompanyNumber::value).containsExactly("0831246745");

        ConfiguredCaller several = caller("operator_id");
        several.authenticate(token(
                List.of("citizen"),
                Map.of(
                        "rrn",
                        "85073003328",
                        "kbo",
                        Json.createArrayBuilder()
                                .add("0831246745")
                                .add("0845231769")
                                .add("0831246745")
                                .build())));
        assertThat(several.claimedCompanies())
                .extracting(CompanyNumber::value)
                .containsExactly("0831246745", "0845231769");

        ConfiguredCaller none = caller("operator_id");
        none.authenticate(token(List.of("citizen"), Map.of("rrn", "85073003328")));
        assertThat(none.claimedCompanies()).isEmpty();

        assertThat(refusal(
                        caller("operator_id"),
                        token(
                                List.of("citizen"),
                                Map.of(
                                        "rrn",
                                        "85073003328",
                                        "kbo",
                                        Json.createArrayBuilder()
                                                .add("0831246745")
                                                .add("0831246746")
                                                .build()))))
                .as("one wrong number in the array refuses the token")
                .isEqualTo(ProblemType.UNAUTHORIZED);
    }

    @Test
    void theClientATokenWasIssuedToIsKnown() {
        ConfiguredCaller portal = caller("operator_id");
        portal.authenticate(token(List.of(Roles.PORTAL), Map.of("azp", "mijn-burgerprofiel")));
        assertThat(portal.clientId()).hasValue("mijn-burgerprofiel");
        assertThat(portal.auditRole()).isEqualTo(Roles.PORTAL);
        ConfiguredCaller legacy = caller("operator_id");
        legacy.authenticate(token(List.of(Roles.PORTAL), Map.of("client_id", "portal-2")));
        assertThat(legacy.clientId()).hasValue("portal-2");
    }
}
