package be.ptrpas.platform.demo;

import be.ptrpas.platform.enforcement.session.ParkingOperatorDetails;
import be.ptrpas.platform.enforcement.session.ParkingOperatorService;
import be.ptrpas.platform.permitrule.PermitRuleDetails;
import be.ptrpas.platform.plugin.PluginSettingService;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.permitrule.PermitRuleService;
import be.ptrpas.platform.tariff.TariffDetails;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.tenant.TenantService;
import be.ptrpas.platform.zone.ZoneDetails;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates one demo municipality with everything it owns, in one transaction: all of it or nothing. */
@ApplicationScoped
public class DemoTenantSeeder {

    @Inject
    TenantService tenants;

    @Inject
    PermitRuleService rules;

    @Inject
    ZoneService zones;

    @Inject
    TariffService tariffs;

    @Inject
    PluginSettingService plugins;

    @Inject
    ParkingOperatorService parkingOperators;

    @Transactional
    public void seed(DemoData.DemoTenant demo) {
        tenants.create(demo.tenant());
        for (PermitRuleDetails rule : demo.permitRules()) {
            rules.create(rule);
        }
        for (ZoneDetails zone : demo.zones()) {
            zones.create(zone);
        }
        for (TariffDetails tariff : demo.tariffs()) {
            tariffs.create(tariff);
        }
        if (demo.plugins() != null) {
            demo.plugins().forEach((slot, choice) -> plugins.save(PluginSlot.fromPath(slot).orElseThrow(
                    () -> new IllegalArgumentException("demo data names an unknown plug-in slot " + slot)), choice, null));
        }
        if (demo.parkingOperators() != null) {
            for (DemoData.ParkingOperatorEntry operator : demo.parkingOperators()) {
                parkingOperators.admit(operator.operatorId(), new ParkingOperatorDetails(operator.name()), null);
            }
        }
    }
}
