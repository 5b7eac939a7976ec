package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private static final List<String> TOUCHED = List.of(
            "payaramicro.port",
            "ptr.http.port",
            "payaramicro.noCluster",
            "payaramicro.maxHttpThreads",
            "payaramicro.disablePhoneHome",
            "liquibase.analytics.enabled",
            "liquibase.showBanner",
            "jakarta.json.provider",
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.publickey",
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.audiences",
            "ptr.preferences.sender-municipality");

    @AfterEach
    void clear() {
        TOUCHED.forEach(System::clearProperty);
    }

    @Test
    void mapsThePortAndTheIdentityProviderOntoSystemProperties() {
        Launcher.apply(Map.of(
                "PTR_HTTP_PORT",
                "9191",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "https://idp.example/jwks",
                "MP_JWT_VERIFY_ISSUER",
                "https://idp.example"));
        assertThat(System.getProperty("payaramicro.port")).isEqualTo("9191");
        assertThat(System.getProperty("ptr.http.port")).isEqualTo("9191");
        assertThat(System.getProperty("payaramicro.noCluster")).isEqualTo("true");
        assertThat(System.getProperty("mp.jwt.verify.publickey.location")).isEqualTo("https://idp.example/jwks");
        assertThat(System.getProperty("mp.jwt.verify.issuer")).isEqualTo("https://idp.example");
        assertThat(System.getProperty("mp.jwt.verify.publickey")).isNull();
        assertThat(System.getProperty("jakarta.json.provider")).isEqualTo("org.eclipse.parsson.JsonProviderImpl");
    }

    @Test
    void theEmbeddedDefaultSendsConfirmationCodesThroughTheDemoGenkAndProductionNamesItsOwn() {
        Launcher.apply(Map.of());
        assertThat(System.getProperty("ptr.preferences.sender-municipality")).isEqualTo("71016");
        System.clearProperty("ptr.preferences.sender-municipality");

        Launcher.apply(Map.of("PTR_DB_URL", "jdbc:postgresql://db/ptr"));
        assertThat(System.getProperty("ptr.preferences.sender-municipality")).isNull();
        Launcher.apply(Map.of("PTR_PREFERENCES_SENDER_MUNICIPALITY", "11002"));
        assertThat(System.getProperty("ptr.preferences.sender-municipality"))
                .as("the operator's own choice (an environment variable) is not shadowed by a system property")
                .isNull();
    }

    @Test
    void defaultsToPort8080AndLetsExplicitSystemPropertiesWin() {
        System.setProperty("mp.jwt.verify.issuer", "https://explicit.example");
        Launcher.apply(Map.of("MP_JWT_VERIFY_ISSUER", "https://from-env.example"));
        assertThat(System.getProperty("payaramicro.port")).isEqualTo("8080");
        assertThat(System.getProperty("mp.jwt.verify.issuer")).isEqualTo("https://explicit.example");
    }

    @Test
    void requestThreadsFollowTheProcessorsUnlessConfigured() {
        assertThat(Launcher.httpThreads(null, 2)).isEqualTo(24);
        assertThat(Launcher.httpThreads("", 1)).isEqualTo(16);
        assertThat(Launcher.httpThreads(null, 16)).isEqualTo(192);
        assertThat(Launcher.httpThreads("64", 2)).isEqualTo(64);
        assertThatThrownBy(() -> Launcher.httpThreads("many", 2)).hasMessageContaining("PTR_HTTP_THREADS");
        assertThatThrownBy(() -> Launcher.httpThreads("1", 2)).hasMessageContaining("PTR_HTTP_THREADS");
        Launcher.apply(Map.of("PTR_HTTP_THREADS", "40"));
        assertThat(System.getProperty("payaramicro.maxHttpThreads")).isEqualTo("40");
    }

    @Test
    void refusesAPortThatIsNotOne() {
        assertThatThrownBy(() -> Launcher.apply(Map.of("PTR_HTTP_PORT", "eighty")))
                .hasMessageContaining("PTR_HTTP_PORT");
        assertThatThrownBy(() -> Launcher.apply(Map.of("PTR_HTTP_PORT", "70000")))
                .hasMessageContaining("PTR_HTTP_PORT");
    }

    @Test
    void jsonLogsPutPayarasJsonFormatterOnTheConsoleAndKeepTheLoggerLevels() throws Exception {
        String payara = "handlers=java.util.logging.ConsoleHandler\n"
                + "java.util.logging.ConsoleHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter\n"
                + "com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=true\n"
                + "org.glassfish.level=WARNING\n";
        String json = Launcher.jsonLogging(payara);
        assertThat(json)
                .contains(
                        "java.util.logging.ConsoleHandler.formatter=" + Launcher.JSON_FORMATTER,
                        "org.glassfish.level=WARNING",
                        "handlers=java.util.logging.ConsoleHandler");
        assertThat(json).doesNotContain("ODLLogFormatter");

        String[] args = Launcher.withLogFormat("json", new String[] {"--nocluster"});
        assertThat(args).hasSize(3).startsWith("--nocluster", "--logproperties");
        assertThat(Files.readString(Path.of(args[2]))).contains(Launcher.JSON_FORMATTER);
    }

    @Test
    void textLogsByDefaultAndAnOperatorsOwnLogPropertiesWin() throws Exception {
        String[] args = {"--deploy", "x.war"};
        assertThat(Launcher.withLogFormat(null, args)).isSameAs(args);
        assertThat(Launcher.withLogFormat("text", args)).isSameAs(args);
        String[] own = {"--logproperties", "/etc/ptr/logging.properties"};
        assertThat(Launcher.withLogFormat("json", own)).isSameAs(own);
        assertThatThrownBy(() -> Launcher.withLogFormat("xml", args)).hasMessageContaining("PTR_LOG_FORMAT");
    }
}
