package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.callback.CallbackHandler;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import be.ptrpas.spi.enforcement.Observation;
import be.ptrpas.spi.enforcement.ObservationBatch;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Scan-car batches: each observation stored once per vendor observation id, however often the batch is sent. The
 * observations are stored when the batch arrives, not later from the stored callback: a batch's signature carries its
 * signing time and expires after a few minutes, so checking it again later could refuse a genuine batch for good.
 */
@ApplicationScoped
public class ScanBatchCallbackHandler implements CallbackHandler {

    private static final int CHUNK = 1000;

    @Inject
    Clock clock;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ScanBatchCallbackHandler self;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DatabaseInfo database;

    @Inject
    ScanIntake intake;

    @Inject
    ScanMetrics metrics;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public boolean handles(PluginSlot slot) {
        return slot == PluginSlot.ENFORCEMENT;
    }

    @Override
    public String verify(PluginSlot slot, InboundRequest request) {
        try (ScanIntake.Arrival arrival = intake.arriving()) {
            ActivePlugin<EnforcementVendor> vendor = plugins.require(slot, EnforcementVendor.class);
            ObservationBatch batch = vendor.callChecked("parseBatch", v -> v.parseBatch(request));
            List<Observation> observations = batch.observations();
            for (int from = 0; from < observations.size(); from += CHUNK) {
                self.store(
                        vendor.pluginId(),
                        batch.batchId(),
                        observations.subList(from, Math.min(observations.size(), from + CHUNK)));
            }
            metrics.received(observations.size());
            return vendor.pluginId();
        }
    }

    @Override
    public boolean handledOnArrival() {
        return true;
    }

    @Override
    public void process(PluginSlot slot, InboundRequest request) {
        // Already stored on arrival; the stored callback is the record of what the vendor sent.
    }

    /**
     * Stores a chunk in its own transaction, on a connection bound to the municipality for row-level security; see
     * {@link ScanObservationRows} for how replays are stored once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(String pluginId, String batchId, List<Observation> chunk) {
        String tenant = currentTenant.require();
        List<ScanObservation> rows = new ArrayList<>(chunk.size());
        Set<String> inChunk = new HashSet<>();
        for (Observation observation : chunk) {
            ScanObservation row = new ScanObservation(pluginId, batchId, observation);
            if (inChunk.add(row.observationId())) {
                rows.add(row);
            }
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            if (database.isPostgres()) {
                try (PreparedStatement bind =
                        connection.prepareStatement("select set_config('ptr.tenant_id', ?, true)")) {
                    bind.setString(1, tenant);
                    bind.execute();
                }
                ScanObservationRows.insertPostgres(connection, tenant, rows, now);
            } else {
                ScanObservationRows.insertPortable(connection, tenant, rows, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing scan observations failed", e);
        }
    }

    /** How many observations of this municipality are stored, for the operator and tests. */
    @Transactional
    public long count() {
        return tenantEm.get()
                .createQuery("select count(o) from ScanObservation o", Long.class)
                .getSingleResult();
    }
}
