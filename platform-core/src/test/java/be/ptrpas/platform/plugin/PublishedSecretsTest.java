package be.ptrpas.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.demo.GeneratedSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedSecretsTest {

    /** The values demo-data.json gave real plug-ins until they were drawn per installation: everyone knows them. */
    @Test
    void theFormerDemoSecretsAreKnownAsPublished() {
        for (String nis : List.of("11002", "12025", "11039", "23088", "71022", "71016")) {
            assertThat(PublishedSecrets.isPublished("demo-" + nis + "-sandbox-signing-secret"))
                    .as(nis)
                    .isTrue();
        }
        assertThat(PublishedSecrets.isPublished("demo-71016-scanfeed-signing-secret"))
                .isTrue();
        assertThat(PublishedSecrets.isPublished("demo-11002-scanfeed-signing-secret"))
                .isTrue();
        assertThat(PublishedSecrets.isPublished("live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"))
                .isTrue();
    }

    @Test
    void otherValuesAreNot() {
        assertThat(PublishedSecrets.isPublished("demo-71016-scanfeed-signing-secret "))
                .isFalse();
        assertThat(PublishedSecrets.isPublished(GeneratedSecrets.newSecret())).isFalse();
        assertThat(PublishedSecrets.isPublished(null)).isFalse();
    }

    @Test
    void drawnSecretsAreShownInAPrivateFileWithOneHeader(@TempDir Path data) throws Exception {
        Path file = GeneratedSecrets.record(
                data, List.of(new GeneratedSecrets.Entry("71016", "enforcement", "signingSecret", "abc")));
        GeneratedSecrets.record(data, List.of(new GeneratedSecrets.Entry("11002", "payment", "signingSecret", "def")));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).contains("71016 enforcement signingSecret=abc", "11002 payment signingSecret=def");
        assertThat(lines.stream().filter(line -> line.startsWith("# Signing secrets")))
                .hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
