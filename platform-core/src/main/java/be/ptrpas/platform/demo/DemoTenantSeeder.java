package be.ptrpas.platform.demo;

import be.ptrpas.platform.enforcement.session.ParkingOperatorDetails;
import be.ptrpas.platform.enforcement.session.ParkingOperatorService;
import be.ptrpas.platform.permitrule.PermitRuleDetails;
import be.ptrpas.platform.permitrule.PermitRuleService;
import be.ptrpas.platform.plugin.PluginCatalog;
import be.ptrpas.platform.plugin.PluginSettingDetails;
import be.ptrpas.platform.plugin.PluginSettingService;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.tariff.TariffDetails;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.tenant.TenantService;
import be.ptrpas.platform.zone.ZoneDetails;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    @Inject
    PluginCatalog catalog;

    /** Creates the municipality; returns the plug-in secrets drawn for it (to show the operator once). */
    @Transactional
    public List<GeneratedSecrets.Entry> seed(DemoData.DemoTenant demo) {
        List<GeneratedSecrets.Entry> generated = new ArrayList<>();
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
            demo.plugins()
                    .forEach((slot, choice) -> plugins.save(
                            PluginSlot.fromPath(slot)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "demo data names an unknown plug-in slot " + slot)),
                            withDrawnSecrets(demo.tenant().nisCode(), slot, choice, generated),
                            null));
        }
        if (demo.parkingOperators() != null) {
            for (DemoData.ParkingOperatorEntry operator : demo.parkingOperators()) {
                parkingOperators.admit(operator.operatorId(), new ParkingOperatorDetails(operator.name()), null);
            }
        }
        return generated;
    }

    /**
     * The demo choice with a freshly drawn value for every required secret setting its plug-in declares. Demo data carries no
     * secret values ({@link GeneratedSecrets}); a plug-in that is not installed here gets none and is saved as is.
     */
    private PluginSettingDetails withDrawnSecrets(
            String nis, String slot, PluginSettingDetails choice, List<GeneratedSecrets.Entry> generated) {
        Map<String, String> secrets = new TreeMap<>();
        catalog.find(choice.providerId())
                .ifPresent(factory -> factory.configProperties().stream()
                        .filter(property -> property.secret() && property.required())
                        .forEach(property -> {
                            String value = GeneratedSecrets.newSecret();
                            secrets.put(property.name(), value);
                            generated.add(new GeneratedSecrets.Entry(nis, slot, property.name(), value));
                        }));
        return new PluginSettingDetails(
                choice.providerId(), choice.enabled(), choice.config(), secrets.isEmpty() ? null : secrets);
    }
}
