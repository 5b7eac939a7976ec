package be.ptrpas.platform.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiMediaTypeTest {

    @Test
    void yamlUnlessJsonIsAskedFor() {
        assertThat(OpenApiMediaType.wantsJson(null, null)).isFalse();
        assertThat(OpenApiMediaType.wantsJson(null, "*/*")).isFalse();
        assertThat(OpenApiMediaType.wantsJson(null, "application/yaml")).isFalse();
        assertThat(OpenApiMediaType.wantsJson(null, "application/json")).isTrue();
        assertThat(OpenApiMediaType.wantsJson(null, "application/yaml, application/json;q=0.5"))
                .isFalse();
        assertThat(OpenApiMediaType.wantsJson(null, "application/json, */*")).isTrue();
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertThat(OpenApiMediaType.wantsJson("JSON", "application/yaml")).isTrue();
        assertThat(OpenApiMediaType.wantsJson("yaml", "application/json")).isFalse();
    }
}
