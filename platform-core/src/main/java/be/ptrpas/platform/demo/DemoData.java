package be.ptrpas.platform.demo;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.enforcement.card.DemoDisabledCards;
import be.ptrpas.platform.permitrule.PermitRuleDetails;
import be.ptrpas.platform.plugin.PluginSettingDetails;
import be.ptrpas.platform.tariff.TariffDetails;
import be.ptrpas.platform.tenant.TenantDetails;
import be.ptrpas.platform.zone.ZoneDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The demo municipalities and personas, kept as data in {@code demo/demo-data.json} in the shape of the API's own
 * request bodies, so loading them exercises the same validation an admin's request does.
 */
public record DemoData(
        List<DemoTenant> tenants,
        List<Persona> personas,
        List<DemoDisabledCards.DemoCard> disabledCards,
        List<DemoPassItems.Item> citizenItems) {

    static final String RESOURCE = "/demo/demo-data.json";

    /**
     * A municipality with what it owns; {@code plugins} maps a slot to the plug-in it uses (demo secrets only);
     * {@code parkingOperators} are the app and SMS parking operators it admits (absent: none).
     */
    public record DemoTenant(
            TenantDetails tenant,
            List<PermitRuleDetails> permitRules,
            List<ZoneDetails> zones,
            List<TariffDetails> tariffs,
            Map<String, PluginSettingDetails> plugins,
            List<ParkingOperatorEntry> parkingOperators) {}

    /** A parking operator a demo municipality admits: the id its tokens carry and the name shown. */
    public record ParkingOperatorEntry(String operatorId, String name) {}

    /**
     * Someone to sign in as with dev login: a role, and the tenant, national number or parking operator the role
     * needs.
     */
    public record Persona(String label, String role, String tenant, String rrn, String kbo, String operatorId) {}

    public static DemoData load() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing: " + RESOURCE);
            }
            return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
