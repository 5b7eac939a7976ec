package be.ptrpas.platform.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    /** Shaped like Payara's OpenAPIImpl: the paths of x-endpoints kept beside the model, as JAX-RS wrote them. */
    public static final class PayaraLikeModel {
        private Map<String, Set<String>> endpoints;

        public Map<String, Set<String>> getEndpoints() {
            return endpoints;
        }

        public void setEndpoints(Map<String, Set<String>> endpoints) {
            this.endpoints = endpoints;
        }
    }

    @Test
    void theEndpointsPayaraServesBecomeTemplates() {
        PayaraLikeModel model = new PayaraLikeModel();
        Map<String, Set<String>> endpoints = new LinkedHashMap<>();
        endpoints.put(
                "/",
                new LinkedHashSet<>(List.of("/api/v1/pages/{nis}/{slot}/{page: .+}", "/api/v1/tenants/{nis}/zones")));
        model.setEndpoints(endpoints);

        ApiDocumentFilter.templateEndpoints(model);

        assertThat(model.getEndpoints())
                .containsOnlyKeys("/")
                .extractingByKey("/")
                .satisfies(paths -> assertThat(paths)
                        .containsExactly("/api/v1/pages/{nis}/{slot}/{page}", "/api/v1/tenants/{nis}/zones"));
    }

    @Test
    void aModelWithoutEndpointsIsLeftAlone() {
        PayaraLikeModel model = new PayaraLikeModel();
        ApiDocumentFilter.templateEndpoints(model);
        assertThat(model.getEndpoints()).isNull();
        ApiDocumentFilter.templateEndpoints(new Object());
    }
}
