package be.ptrpas.platform.devlogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class DevTokenResourceTest {

    /** The embedded default, where dev login answers (its tests run without ptr.db.url, as the default does). */
    private static DevTokenResource onTheEmbeddedDefault() {
        DevTokenResource resource = new DevTokenResource();
        resource.database = new DatabaseInfo() {
            @Override
            public boolean isEmbedded() {
                return true;
            }
        };
        // A caller on this machine: dev login answers only loopback callers.
        resource.http = (HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                DevTokenResourceTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getRemoteAddr") ? "127.0.0.1" : null);
        return resource;
    }

    @Test
    void aRequestWithoutARoleIsRefusedNamingTheRole() {
        // Was a 500: Set.of(...).contains(null) threw while looking up what the missing role needs.
        ProblemException problem = catchThrowableOfType(
                () -> onTheEmbeddedDefault()
                        .token(new DevTokenResource.TokenRequest(null, "11002", null, null, null, null)),
                ProblemException.class);
        assertThat(problem).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("role");
    }
}
