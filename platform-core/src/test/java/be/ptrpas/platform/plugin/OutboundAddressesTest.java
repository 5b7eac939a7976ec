package be.ptrpas.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboundAddressesTest {

    static final OutboundAddresses PRODUCTION = new OutboundAddresses(false, false);
    static final OutboundAddresses PRODUCTION_ALLOWING_PRIVATE = new OutboundAddresses(false, true);
    static final OutboundAddresses EMBEDDED = new OutboundAddresses(true, true);

    @Test
    void productionConnectsOverHttpsToPublicAddressesOnly() {
        assertThat(PRODUCTION.refusal("https://203.0.113.10/v1")).isEmpty();
        assertThat(PRODUCTION.refusal("http://203.0.113.10/v1"))
                .get()
                .asString()
                .contains("https");
        for (String internal : new String[] {
            "https://127.0.0.1:8080/",
            "https://localhost/",
            "https://[::1]/",
            "https://169.254.169.254/latest/meta-data/",
            "https://10.0.0.5/",
            "https://172.16.3.4/",
            "https://192.168.1.1/",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[fd00::1]/",
            "https://[fe80::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://app.localhost/"
        }) {
            assertThat(PRODUCTION.refusal(internal))
                    .as(internal)
                    .get()
                    .asString()
                    .contains("private");
        }
    }

    @Test
    void theOperatorMayAllowPrivateAddressesWhichMayThenUsePlainHttp() {
        assertThat(PRODUCTION_ALLOWING_PRIVATE.refusal("http://127.0.0.1:8089/sms"))
                .isEmpty();
        assertThat(PRODUCTION_ALLOWING_PRIVATE.refusal("http://203.0.113.10/v1"))
                .as("public stays https-only")
                .isPresent();
    }

    @Test
    void theEmbeddedDefaultAllowsPlainHttp() {
        assertThat(EMBEDDED.refusal("http://203.0.113.10/v1")).isEmpty();
        assertThat(EMBEDDED.refusal("http://127.0.0.1:9000/")).isEmpty();
    }

    @Test
    void otherSchemesAndCredentialsInTheUrlAreRefused() {
        assertThat(PRODUCTION.refusal("file:///etc/passwd")).isPresent();
        assertThat(PRODUCTION.refusal("gopher://203.0.113.10/")).isPresent();
        assertThat(PRODUCTION.refusal("https://user:pass@203.0.113.10/"))
                .get()
                .asString()
                .contains("password");
    }
}
