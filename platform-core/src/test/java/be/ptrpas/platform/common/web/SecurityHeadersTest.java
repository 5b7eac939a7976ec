package be.ptrpas.platform.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only well-formed public-information paths may be cached; everything else fails closed to no-store. */
class SecurityHeadersTest {

    @Test
    void public_information_may_be_cached() {
        assertThat(SecurityHeaders.publicInformation("/api/v1/public/tenants")).isTrue();
        assertThat(SecurityHeaders.publicInformation("/api/v1/public/tenants/71016/zones"))
                .isTrue();
    }

    @Test
    void everything_else_and_every_odd_path_is_not() {
        for (String path : new String[] {
            "/api/v1/tenants",
            "/api/v1/me/rights",
            "/warden",
            "/console/",
            "/api/v1/public",
            "/api/v1/public/../tenants/11002/rights",
            "/api/v1/public/%2e%2e/tenants",
            "/api/v1/public/x;/../../tenants",
            "/api/v1/public//tenants",
            "/API/v1/public/tenants"
        }) {
            assertThat(SecurityHeaders.publicInformation(path)).as(path).isFalse();
        }
    }
}
