package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.persistence.TenantsWithWork;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the holder of each newly charged Belgian plate (retributions and GAS 4 proposals, see {@link HolderQueue})
 * through the municipality's vehicle-register plug-in, outside any transaction (the register may be slow). Found: the
 * retribution can reach the citizen's pass, the GAS fine can be notified. Not found, or no
 * register configured: it waits in the clerks' queue. The register being down leaves it pending for the next visit.
 */
@ApplicationScoped
public class HolderResolutionJob implements TenantJob {

    private static final int BATCH = 50;

    @Inject
    TenantPlugins plugins;

    @Inject
    Instance<HolderQueue> queues;

    @Inject
    TenantsWithWork tenantsWithWork;

    /** The municipalities where any queue has charges waiting: one query across municipalities per queue. */
    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        Set<String> waiting = new HashSet<>();
        for (HolderQueue queue : queues) {
            waiting.addAll(tenantsWithWork.find(queue.waiting(), now));
        }
        return waiting;
    }

    @Override
    public void runFor(String nis) {
        for (HolderQueue queue : queues) {
            if (!resolve(queue)) {
                return;
            }
        }
    }

    /** Works through one queue; false when the register failed (recorded by the invoker; retried next visit). */
    private boolean resolve(HolderQueue queue) {
        List<String> pending = queue.awaitingHolder(BATCH);
        if (pending.isEmpty()) {
            return true;
        }
        Optional<ActivePlugin<VehicleRegister>> register =
                plugins.find(PluginSlot.VEHICLE_REGISTER, VehicleRegister.class);
        for (String id : pending) {
            if (register.isEmpty()) {
                queue.holderResolved(id, Optional.empty());
                continue;
            }
            String plate = PlateNumber.parse(queue.plateOf(id), "BE")
                    .map(PlateNumber::display)
                    .orElseThrow();
            try {
                Optional<Vehicle> vehicle = register.get().call("byPlate", r -> r.byPlate(plate));
                queue.holderResolved(id, vehicle.map(Vehicle::holderId));
            } catch (PluginCallException e) {
                return false;
            }
        }
        return true;
    }
}
