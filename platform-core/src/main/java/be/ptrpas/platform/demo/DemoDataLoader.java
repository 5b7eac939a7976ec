package be.ptrpas.platform.demo;

import be.ptrpas.platform.enforcement.card.DemoDisabledCards;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.platform.tenant.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo municipalities on start-up when enabled ({@code PTR_DEMO_DATA}; on by default on the embedded
 * default, off on PostgreSQL). Idempotent: a municipality that exists is left exactly as its admins changed it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantDirectory directory;

    @Inject
    DemoTenantSeeder seeder;

    @Inject
    DemoDisabledCards cards;

    @Inject
    DemoPassItems passItems;

    @Inject
    Caller caller;

    @Inject
    DatabaseInfo database;

    @Inject
    @ConfigProperty(name = "ptr.demo-data")
    Optional<Boolean> demoData;

    @PostConstruct
    void load() {
        boolean enabled = demoData.orElse(database.isEmbedded());
        if (enabled) {
            long start = System.nanoTime();
            DemoData data = DemoData.load();
            int created = 0;
            Set<String> createdNow = new HashSet<>();
            int failed = 0;
            List<GeneratedSecrets.Entry> secrets = new ArrayList<>();
            for (DemoData.DemoTenant demo : data.tenants()) {
                String nis = demo.tenant().nisCode();
                if (!directory.exists(nis)) {
                    try {
                        secrets.addAll(tenantWork.callAs(nis, () -> {
                            caller.actAsSystem("demo-data");
                            return seeder.seed(demo);
                        }));
                        created++;
                        createdNow.add(nis);
                    } catch (RuntimeException e) {
                        // One broken demo municipality must not keep the platform from starting.
                        LOG.log(
                                Level.SEVERE,
                                "Demo municipality " + nis + " could not be loaded; nothing of it was kept",
                                e);
                        failed++;
                    }
                }
            }
            int cardsCreated = 0;
            for (DemoDisabledCards.DemoCard card :
                    data.disabledCards() == null ? List.<DemoDisabledCards.DemoCard>of() : data.disabledCards()) {
                try {
                    caller.actAsSystem("demo-data");
                    cardsCreated += cards.seed(card) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Demo disabled card " + card.number() + " could not be loaded", e);
                    failed++;
                }
            }
            int itemsCreated = 0;
            for (DemoPassItems.Item item :
                    data.citizenItems() == null ? List.<DemoPassItems.Item>of() : data.citizenItems()) {
                if (!createdNow.contains(item.tenant())) {
                    continue; // demo items are put in place with their municipality, once
                }
                try {
                    tenantWork.callAs(item.tenant(), () -> {
                        caller.actAsSystem("demo-data");
                        return passItems.seed(item);
                    });
                    itemsCreated++;
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Demo pass item of " + item.tenant() + " could not be loaded", e);
                    failed++;
                }
            }
            showOnce(secrets);
            String summary = "Demo data: " + created + " municipalities, " + cardsCreated + " disabled cards and "
                    + itemsCreated + " citizens' items created, "
                    + failed + " failed, "
                    + (data.tenants().size() - created - failed) + " already present ("
                    + (System.nanoTime() - start) / 1_000_000 + " ms)";
            LOG.log(failed == 0 ? Level.INFO : Level.SEVERE, summary);
        }
    }

    /**
     * Shows the operator the demo plug-ins' secrets drawn on this start, once: in a private file in the data
     * directory, never in the log (logs are shipped and kept; the banner names only the file).
     */
    private static void showOnce(List<GeneratedSecrets.Entry> secrets) {
        if (secrets.isEmpty()) {
            return;
        }
        try {
            Path file = GeneratedSecrets.record(DatabaseSettings.dataDirectory(), secrets);
            LOG.warning(() -> "Demo data: " + secrets.size() + " plug-in secrets were drawn for this installation ("
                    + secrets.stream()
                            .map(e -> e.nis() + " " + e.slot())
                            .distinct()
                            .collect(Collectors.joining(", ")) + "). They are shown once, in " + file
                    + " (readable by this user only): note them and delete the file.");
        } catch (IOException e) {
            // The secrets are stored (encrypted); an admin can set new ones through the plug-in settings.
            LOG.log(
                    Level.SEVERE,
                    "Demo data: the drawn plug-in secrets could not be written to the data directory; "
                            + "set new ones through /api/v1/tenants/{nis}/plugins/{slot} to use those plug-ins",
                    e);
        }
    }
}
