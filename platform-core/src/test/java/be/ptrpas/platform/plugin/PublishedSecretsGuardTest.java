package be.ptrpas.platform.plugin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.platform.tenant.Tenant;
import be.ptrpas.platform.tenant.TenantDirectory;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start-up check: on PostgreSQL a plug-in holding a published secret keeps the platform from starting. */
class PublishedSecretsGuardTest {

    static PublishedSecretsGuard guard(Map<String, List<String>> publishedPerTenant, boolean embedded) {
        PublishedSecretsGuard guard = new PublishedSecretsGuard();
        String[] current = new String[1];
        guard.directory = new TenantDirectory() {
            @Override
            public List<Tenant> all() {
                return publishedPerTenant.keySet().stream()
                        .sorted()
                        .map(PublishedSecretsGuardTest::tenant)
                        .toList();
            }
        };
        guard.tenantWork = new TenantWork() {
            @Override
            public void runAs(String nisCode, Runnable work) {
                current[0] = nisCode;
                work.run();
            }
        };
        guard.settings = new PluginSettingService() {
            @Override
            public List<String> publishedSecrets() {
                return publishedPerTenant.get(current[0]);
            }
        };
        guard.caller = new Caller();
        guard.database = new DatabaseInfo() {
            @Override
            public boolean isEmbedded() {
                return embedded;
            }
        };
        return guard;
    }

    static Tenant tenant(String nis) {
        try {
            Constructor<Tenant> constructor = Tenant.class.getDeclaredConstructor(String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(nis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesToStartOnPostgresNamingEveryPluginWithAPublishedSecret() {
        PublishedSecretsGuard guard = guard(
                Map.of("71016", List.of("enforcement.signingSecret (slot column ENFORCEMENT)"), "11002", List.of()),
                false);
        assertThatThrownBy(guard::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("71016 enforcement.signingSecret")
                .hasMessageNotContaining("11002");
    }

    @Test
    void onlyWarnsOnTheEmbeddedDefault() {
        assertThatCode(guard(Map.of("71016", List.of("payment.signingSecret")), true)::check)
                .doesNotThrowAnyException();
    }

    @Test
    void startsWhenNoPluginHoldsOne() {
        assertThatCode(guard(Map.of("71016", List.of(), "11002", List.of()), false)::check)
                .doesNotThrowAnyException();
    }
}
