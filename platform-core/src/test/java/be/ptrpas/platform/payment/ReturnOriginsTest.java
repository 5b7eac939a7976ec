package be.ptrpas.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A payer goes back only to the municipality's own origins or to the platform, however the URL is dressed up. */
class ReturnOriginsTest {

    static final URI PLATFORM = URI.create("https://ptr-pas.vlaanderen.be/");
    static final List<String> GENK = List.of("https://e-loket.genk.be", "https://www.genk.be:8443");

    @Test
    void allowed_origins_and_the_platform_are_accepted() {
        assertThat(ReturnOrigins.allows("https://e-loket.genk.be/betaald?dossier=17#top", GENK, PLATFORM))
                .isTrue();
        assertThat(ReturnOrigins.allows("HTTPS://E-LOKET.GENK.BE:443/x", GENK, PLATFORM))
                .isTrue();
        assertThat(ReturnOrigins.allows("https://www.genk.be:8443/", GENK, PLATFORM))
                .isTrue();
        assertThat(ReturnOrigins.allows("https://ptr-pas.vlaanderen.be/paid", List.of(), PLATFORM))
                .isTrue();
    }

    @Test
    void anything_else_is_refused() {
        for (String url : new String[] {
            "https://evil.example/genk",
            "https://e-loket.genk.be.evil.example/",
            "https://e-loket.genk.be@evil.example/",
            "http://e-loket.genk.be/",
            "https://www.genk.be/",
            "https://genk.be/",
            "javascript:alert(1)",
            "//evil.example/x",
            "https://evil.example\\@e-loket.genk.be/"
        }) {
            assertThat(ReturnOrigins.allows(url, GENK, PLATFORM)).as(url).isFalse();
        }
    }

    @Test
    void a_configured_origin_is_an_origin_and_https_unless_local() {
        assertThat(ReturnOrigins.isOrigin("https://e-loket.genk.be")).isTrue();
        assertThat(ReturnOrigins.isOrigin("https://e-loket.genk.be/")).isTrue();
        assertThat(ReturnOrigins.isOrigin("http://localhost:3000")).isTrue();
        assertThat(ReturnOrigins.isOrigin("http://e-loket.genk.be")).isFalse();
        assertThat(ReturnOrigins.isOrigin("https://e-loket.genk.be/betaald")).isFalse();
        assertThat(ReturnOrigins.isOrigin("https://e-loket.genk.be?x=1")).isFalse();
        assertThat(ReturnOrigins.isOrigin("e-loket.genk.be")).isFalse();
    }
}
