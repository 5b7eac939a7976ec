package be.ptrpas.platform.plugin;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.platform.tenant.Tenant;
import be.ptrpas.platform.tenant.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start on PostgreSQL while any municipality's plug-in holds a published secret: such a plug-in accepts
 * callbacks (scan batches, payment webhooks) that anyone can sign. On the embedded default (a laptop, a demo) it only
 * warns. Runs after the demo data, so what the demo loader stored is judged too.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
@TransactionManagement(TransactionManagementType.BEAN)
public class PublishedSecretsGuard {

    private static final Logger LOG = Logger.getLogger(PublishedSecretsGuard.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    TenantWork tenantWork;

    @Inject
    PluginSettingService settings;

    @Inject
    Caller caller;

    @Inject
    DatabaseInfo database;

    @PostConstruct
    void check() {
        List<String> found = new ArrayList<>();
        for (Tenant tenant : directory.all()) {
            String nis = tenant.nisCode();
            tenantWork.runAs(nis, () -> {
                caller.actAsSystem("published-secrets-check");
                settings.publishedSecrets().forEach(where -> found.add(nis + " " + where));
            });
        }
        if (found.isEmpty()) {
            return;
        }
        String message = "These plug-ins hold a secret that is published (demo data or an example), so anyone can "
                + "sign their callbacks: " + String.join(", ", found)
                + ". Remove each such plug-in choice (SQL: delete "
                + "from plugin_setting where tenant_id = '<nis>' and slot = '<slot column>') and set it again with a new, random "
                + "secret through /api/v1/tenants/{nis}/plugins/{slot}.";
        if (database.isEmbedded()) {
            LOG.warning(message);
            return;
        }
        throw new IllegalStateException("Refusing to start. " + message);
    }
}
