package be.ptrpas.platform.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.PtrApplication;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {

    private final List<ResourceMethods.Endpoint> endpoints = ResourceMethods.of(PtrApplication.class);

    @Test
    void findsTheResourceMethodsWithTheirFullPaths() {
        assertThat(endpoints)
                .extracting(endpoint -> endpoint.httpMethod() + " " + endpoint.path())
                .contains(
                        "GET /api/v1/tenants/{nis}/zones",
                        "POST /api/v1/tenants/{nis}/zones",
                        "DELETE /api/v1/tenants/{nis}/zones/{code}",
                        "GET /api/v1/public/tenants",
                        "POST /api/v1/tenants/{nis}/gas-fines/{id}/notification")
                .doesNotHaveDuplicates();
        assertThat(endpoints).hasSizeGreaterThan(90);
    }

    @Test
    void pathTemplatesLoseTheirRegularExpressions() {
        assertThat(ResourceMethods.template("/api/v1/pages/{nis}/{slot}/{page: .+}"))
                .isEqualTo("/api/v1/pages/{nis}/{slot}/{page}");
        assertThat(ResourceMethods.template("/a/{id : [0-9]{1,3}}/b")).isEqualTo("/a/{id}/b");
        assertThat(endpoints).noneMatch(endpoint -> endpoint.path().contains(":"));
    }

    /** What a method that answers a bare Response puts in it is known only to a human: they must say it. */
    @Test
    void everyMethodAnsweringAResponseDeclaresItsSuccess() {
        assertThat(endpoints)
                .filteredOn(endpoint -> endpoint.method().getReturnType() == Response.class)
                .isNotEmpty()
                .allSatisfy(endpoint -> assertThat(endpoint.method().isAnnotationPresent(APIResponseSchema.class)
                                || List.of(endpoint.method().getAnnotationsByType(APIResponse.class)).stream()
                                        .anyMatch(response ->
                                                response.responseCode().startsWith("2")))
                        .as(endpoint.method().toString())
                        .isTrue());
    }
}
