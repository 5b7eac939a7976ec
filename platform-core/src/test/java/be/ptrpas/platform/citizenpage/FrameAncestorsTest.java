package be.ptrpas.platform.citizenpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameAncestorsTest {

    @Test
    void nobodyFramesThePageUnlessConfigured() {
        assertThat(FrameAncestors.parse(null).directive()).isEqualTo("frame-ancestors 'none'");
        assertThat(FrameAncestors.parse("  ").allowsFraming()).isFalse();
        assertThat(FrameAncestors.parse("'none'").allowsFraming()).isFalse();
    }

    @Test
    void namedPortalsMayFrameIt() {
        FrameAncestors portals =
                FrameAncestors.parse("https://www.burgerprofiel.be, https://*.vlaanderen.be:8443/ 'self'");
        assertThat(portals.allowsFraming()).isTrue();
        assertThat(portals.directive())
                .isEqualTo("frame-ancestors https://www.burgerprofiel.be https://*.vlaanderen.be:8443 'self'");
    }

    @Test
    void nothingElseGetsIntoThePolicy() {
        for (String wrong : new String[] {
            "*",
            "http://www.burgerprofiel.be",
            "https://www.burgerprofiel.be; script-src *",
            "https://burgerprofiel.be/path",
            "https:",
            "'none' https://www.burgerprofiel.be",
            "'unsafe-inline'"
        }) {
            assertThatThrownBy(() -> FrameAncestors.parse(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
