package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.callback.CallbackHandler;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import be.ptrpas.spi.enforcement.Observation;
import be.ptrpas.spi.enforcement.ObservationBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scan-car batches: each observation stored once per vendor observation id, however often the batch is sent. The
 * observations are stored when the batch arrives, not later from the stored callback: a batch's signature carries its
 * signing time and expires after a few minutes, so checking it again later could refuse a genuine batch for good.
 */
@ApplicationScoped
public class ScanBatchCallbackHandler implements CallbackHandler {

    private static final int CHUNK = 500;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ScanBatchCallbackHandler self;

    @Override
    public boolean handles(PluginSlot slot) {
        return slot == PluginSlot.ENFORCEMENT;
    }

    @Override
    public String verify(PluginSlot slot, InboundRequest request) {
        ActivePlugin<EnforcementVendor> vendor = plugins.require(slot, EnforcementVendor.class);
        ObservationBatch batch = vendor.callChecked("parseBatch", v -> v.parseBatch(request));
        List<Observation> observations = batch.observations();
        for (int from = 0; from < observations.size(); from += CHUNK) {
            self.store(vendor.pluginId(), batch.batchId(), observations.subList(from, Math.min(observations.size(), from + CHUNK)));
        }
        return vendor.pluginId();
    }

    @Override
    public void process(PluginSlot slot, InboundRequest request) {
        // Already stored on arrival; the stored callback is the record of what the vendor sent.
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(String pluginId, String batchId, List<Observation> chunk) {
        Set<String> ids = new HashSet<>();
        chunk.forEach(observation -> ids.add(observation.observationId()));
        Set<String> known = new HashSet<>(tenantEm.get().createQuery("select o.observationId from ScanObservation o "
                        + "where o.pluginId = :plugin and o.observationId in :ids", String.class)
                .setParameter("plugin", pluginId).setParameter("ids", ids).getResultList());
        for (Observation observation : chunk) {
            if (known.add(observation.observationId())) {
                tenantEm.get().persist(new ScanObservation(pluginId, batchId, observation));
            }
        }
    }

    /** How many observations of this municipality are stored, for the operator and tests. */
    @Transactional
    public long count() {
        return tenantEm.get().createQuery("select count(o) from ScanObservation o", Long.class).getSingleResult();
    }
}
