package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Finds the holder of each newly charged Belgian plate through the municipality's vehicle-register plug-in, outside
 * any transaction (the register may be slow). Found: the retribution can reach the citizen's pass. Not found, or no
 * register configured: it waits in the clerks' queue. The register being down leaves it pending for the next visit.
 */
@ApplicationScoped
public class HolderResolutionJob implements TenantJob {

    @Inject
    be.ptrpas.platform.tenancy.TenantEntityManager probeEm;

    private static final int BATCH = 50;

    @Inject
    TenantPlugins plugins;

    @Inject
    RetributionService retributions;

    @Override
    public boolean mayHaveWork(java.time.Instant now) {
        // The same predicate as RetributionService.awaitingHolder.
        return !probeEm.get().createQuery("select r.id from Retribution r where r.holderStatus = :pending", String.class)
                .setParameter("pending", Retribution.HolderStatus.PENDING).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void runFor(String nis) {
        List<String> pending = retributions.awaitingHolder(BATCH);
        if (pending.isEmpty()) {
            return;
        }
        Optional<ActivePlugin<VehicleRegister>> register = plugins.find(PluginSlot.VEHICLE_REGISTER, VehicleRegister.class);
        for (String id : pending) {
            if (register.isEmpty()) {
                retributions.holderResolved(id, Optional.empty());
                continue;
            }
            String plate = PlateNumber.parse(retributions.plateOf(id), "BE").map(PlateNumber::display).orElseThrow();
            try {
                Optional<Vehicle> vehicle = register.get().call("byPlate", r -> r.byPlate(plate));
                retributions.holderResolved(id, vehicle.map(Vehicle::holderId));
            } catch (PluginCallException e) {
                return; // recorded by the invoker; try again on the next visit
            }
        }
    }
}
