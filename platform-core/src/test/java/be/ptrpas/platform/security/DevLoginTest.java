package be.ptrpas.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dev login serves callers on this machine only, unless the operator opens it to the network. */
class DevLoginTest {

    @AfterEach
    void clear() {
        System.clearProperty("ptr.dev-login.allow-remote");
    }

    @Test
    void only_loopback_callers_are_served_by_default() {
        for (String local : new String[] {"127.0.0.1", "127.0.0.2", "::1", "0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:1%0"}) {
            assertThat(DevLogin.servesCaller(local)).as(local).isTrue();
        }
        for (String remote : new String[] {
            "10.0.0.5", "192.168.1.20", "172.17.0.1", "fe80::1", "2001:db8::7", "::ffff:10.0.0.5", "localhost", "", null
        }) {
            assertThat(DevLogin.servesCaller(remote)).as(String.valueOf(remote)).isFalse();
        }
    }

    @Test
    void the_operator_can_open_it_to_other_machines() {
        System.setProperty("ptr.dev-login.allow-remote", "true");
        assertThat(DevLogin.allowsRemoteCallers()).isTrue();
        assertThat(DevLogin.servesCaller("10.0.0.5")).isTrue();
    }
}
