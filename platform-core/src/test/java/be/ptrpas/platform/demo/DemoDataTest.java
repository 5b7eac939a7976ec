package be.ptrpas.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.enforcement.session.ParkingFeeCalculator;
import be.ptrpas.platform.enforcement.session.ParkingOperatorDetails;
import be.ptrpas.platform.permitrule.PermitRuleDetails;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.PublishedSecrets;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffDetails;
import be.ptrpas.platform.tariff.TariffPeriods;
import be.ptrpas.platform.zone.Zone;
import be.ptrpas.platform.zone.ZoneDetails;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data is loaded through the API's own validation on start-up; a mistake in it must fail here first. */
class DemoDataTest {

    static DemoData data;

    @BeforeAll
    static void load() {
        data = DemoData.load();
    }

    static void assertValid(String what, Consumer<Violations> validation) {
        Violations violations = new Violations();
        validation.accept(violations);
        assertThat(violations.errors()).as(what).isEmpty();
    }

    static Set<String> demoTenants() {
        return data.tenants().stream().map(t -> t.tenant().nisCode()).collect(Collectors.toSet());
    }

    @Test
    void sixMunicipalitiesAreLoadedFromTheClassPath() {
        assertThat(DemoData.class.getResource(DemoData.RESOURCE)).isNotNull();
        assertThat(data.tenants())
                .extracting(t -> t.tenant().nisCode())
                .containsExactly("11002", "12025", "11039", "23088", "71022", "71016");
        assertThat(data.personas()).isNotEmpty();
    }

    @Test
    void everyTenantRuleZoneAndTariffPassesItsValidation() {
        for (DemoData.DemoTenant demo : data.tenants()) {
            String nis = demo.tenant().nisCode();
            assertValid("tenant " + nis, demo.tenant()::validate);
            assertThat(demo.permitRules()).as("rules of " + nis).isNotEmpty();
            demo.permitRules().forEach(rule -> assertValid(nis + " rule " + rule.permitType(), rule::validate));
            demo.zones().forEach(zone -> assertValid(nis + " zone " + zone.code(), zone::validate));
            demo.tariffs()
                    .forEach(tariff -> assertValid(
                            nis + " tariff " + tariff.kind() + " " + tariff.productCode() + " from "
                                    + tariff.validFrom(),
                            tariff::validate));
        }
    }

    @Test
    void everyZoneGeometryIsAValidZoneOutline() {
        for (DemoData.DemoTenant demo : data.tenants()) {
            assertThat(demo.zones()).as("zones of " + demo.tenant().nisCode()).isNotEmpty();
            for (ZoneDetails zone : demo.zones()) {
                assertThatCode(() -> ZoneGeometry.parse(zone.geometry()))
                        .as(zone.code())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theTariffPeriodsOfEachProductFollowEachOther() {
        for (DemoData.DemoTenant demo : data.tenants()) {
            Map<String, List<TariffPeriods.Period>> perProduct = demo.tariffs().stream()
                    .collect(Collectors.groupingBy(
                            tariff -> tariff.kind() + " " + tariff.productCode(),
                            Collectors.mapping(
                                    tariff -> new TariffPeriods.Period(tariff.validFrom(), tariff.validTo()),
                                    Collectors.toList())));
            perProduct.forEach((product, periods) -> assertThat(TariffPeriods.problems(periods))
                    .as(demo.tenant().nisCode() + " " + product)
                    .isEmpty());
        }
    }

    @Test
    void codesArePerTenantUnique() {
        for (DemoData.DemoTenant demo : data.tenants()) {
            assertThat(demo.permitRules())
                    .extracting(PermitRuleDetails::permitType)
                    .doesNotHaveDuplicates();
            assertThat(demo.zones()).extracting(ZoneDetails::code).doesNotHaveDuplicates();
        }
    }

    @Test
    void zonesAndTariffsReferOnlyToTheirTenantsRulesAndZones() {
        for (DemoData.DemoTenant demo : data.tenants()) {
            String nis = demo.tenant().nisCode();
            Set<String> permitTypes = demo.permitRules().stream()
                    .map(PermitRuleDetails::permitType)
                    .collect(Collectors.toSet());
            Set<String> zoneCodes = demo.zones().stream().map(ZoneDetails::code).collect(Collectors.toSet());
            for (ZoneDetails zone : demo.zones()) {
                assertThat(permitTypes)
                        .as(nis + " zone " + zone.code() + " permit types")
                        .containsAll(zone.permitTypes() == null ? List.of() : zone.permitTypes());
            }
            for (TariffDetails tariff : demo.tariffs()) {
                if (tariff.kind() == Tariff.Kind.PARKING_TIME) {
                    assertThat(zoneCodes).as(nis + " parking-time tariff").contains(tariff.productCode());
                }
                if (tariff.kind() == Tariff.Kind.PERMIT) {
                    assertThat(permitTypes).as(nis + " permit tariff").contains(tariff.productCode());
                }
            }
        }
    }

    @Test
    void everyPersonaHasAKnownRoleAndWhatThatRoleNeeds() {
        Set<String> tenants = demoTenants();
        for (DemoData.Persona persona : data.personas()) {
            assertThat(persona.label()).isNotBlank();
            assertThat(Roles.ALL).as(persona.label()).contains(persona.role());
            if (Roles.TENANT_BOUND.contains(persona.role())) {
                assertThat(tenants).as(persona.label() + " tenant").contains(persona.tenant());
            }
            if (Roles.PARKING_OPERATOR.equals(persona.role())) {
                assertThat(persona.operatorId())
                        .as(persona.label() + " operator id")
                        .matches(Caller.OPERATOR_ID);
                assertThat(persona.tenant())
                        .as("a parking operator serves many municipalities")
                        .isNull();
            }
            if (Roles.CITIZEN.equals(persona.role())) {
                assertThat(NationalNumber.parse(persona.rrn()))
                        .as(persona.label() + " national number")
                        .isPresent();
                if (persona.kbo() != null) {
                    // One company number, or several separated by commas (a person who manages several).
                    for (String kbo : persona.kbo().split(",")) {
                        assertThat(CompanyNumber.parse(kbo.strip()))
                                .as(persona.label() + " company number")
                                .isPresent();
                    }
                }
            }
        }
    }

    @Test
    void everyRoleIsPlayedBySomeoneAndEveryMunicipalityHasItsStaff() {
        assertThat(data.personas()).extracting(DemoData.Persona::role).containsAll(Roles.ALL);
        for (String nis : demoTenants()) {
            assertThat(data.personas().stream()
                            .filter(p -> nis.equals(p.tenant()))
                            .map(DemoData.Persona::role))
                    .as("staff of " + nis)
                    .containsAll(Roles.TENANT_BOUND);
        }
    }

    @Test
    void everyMunicipalityWithPaidZonesAdmitsTheDemoParkingOperators() {
        Set<String> personaOperators = data.personas().stream()
                .filter(p -> Roles.PARKING_OPERATOR.equals(p.role()))
                .map(DemoData.Persona::operatorId)
                .collect(Collectors.toSet());
        assertThat(personaOperators).containsExactlyInAnyOrder("4411", "easypark");
        for (DemoData.DemoTenant demo : data.tenants()) {
            boolean paidZones = demo.zones().stream().anyMatch(zone -> zone.kind() == Zone.Kind.PAID);
            List<String> admitted = demo.parkingOperators() == null
                    ? List.of()
                    : demo.parkingOperators().stream()
                            .map(DemoData.ParkingOperatorEntry::operatorId)
                            .toList();
            if (paidZones) {
                assertThat(admitted).as(demo.tenant().nisCode()).containsExactlyInAnyOrderElementsOf(personaOperators);
                demo.parkingOperators()
                        .forEach(operator -> assertValid(
                                demo.tenant().nisCode() + " operator " + operator.operatorId(),
                                new ParkingOperatorDetails(operator.name())::validate));
            } else {
                assertThat(admitted)
                        .as(demo.tenant().nisCode() + " has no paid zone")
                        .isEmpty();
            }
        }
    }

    /**
     * A higher tier is a dearer, more central zone: a session there covers zones of lower tiers where the municipality
     * says so, and overlapping zones are decided by the highest tier. So an hour on a weekday morning must cost at
     * least as much in every zone as in each zone of a lower tier.
     */
    @Test
    void aHigherTierIsNeverCheaper() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        Instant from =
                tuesday.atTime(10, 0).atZone(ParkingFeeCalculator.BRUSSELS).toInstant();
        for (DemoData.DemoTenant demo : data.tenants()) {
            List<ZoneDetails> tiered = demo.zones().stream()
                    .filter(zone -> zone.tier() != null)
                    .sorted(Comparator.comparing(ZoneDetails::tier))
                    .toList();
            BigDecimal previous = BigDecimal.ZERO;
            for (ZoneDetails zone : tiered) {
                List<ParkingFeeCalculator.TariffPeriod> periods = demo.tariffs().stream()
                        .filter(t -> t.kind() == Tariff.Kind.PARKING_TIME
                                && t.productCode().equals(zone.code()))
                        .map(t -> new ParkingFeeCalculator.TariffPeriod(t.validFrom(), t.validTo(), t.parkingTime()))
                        .toList();
                BigDecimal hour = new ParkingFeeCalculator(zone.code(), periods, zone.maxStayMinutes())
                        .quote(from, from.plusSeconds(3600))
                        .total();
                assertThat(hour)
                        .as(demo.tenant().nisCode() + " " + zone.code() + " (tier " + zone.tier()
                                + ") costs at least the tiers below")
                        .isGreaterThanOrEqualTo(previous);
                previous = hour;
            }
        }
        assertThat(data.tenants().get(0).zones())
                .filteredOn(zone -> zone.code().equals("ANT-ROOD-CENTRUM"))
                .singleElement()
                .extracting(ZoneDetails::tier)
                .as("Antwerpen's red zone is its dearest")
                .isEqualTo(3);
    }

    @Test
    void everyDemoPluginChoiceIsAcceptedByItsBundledPlugin() {
        Map<String, PluginFactory> installed =
                ServiceLoader.load(PluginFactory.class, PluginFactory.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .collect(Collectors.toMap(PluginFactory::id, factory -> factory));
        for (DemoData.DemoTenant demo : data.tenants()) {
            assertThat(demo.plugins())
                    .as(demo.tenant().nisCode() + " chooses plug-ins")
                    .containsKeys("payment", "email");
            demo.plugins().forEach((slot, choice) -> {
                PluginSlot target = PluginSlot.fromPath(slot).orElseThrow();
                PluginFactory factory = installed.get(choice.providerId());
                assertThat(factory).as(choice.providerId() + " is bundled").isNotNull();
                assertThat(target.accepts(factory))
                        .as(choice.providerId() + " fits slot " + slot)
                        .isTrue();
                Map<String, String> settings = new HashMap<>();
                if (choice.config() != null) {
                    settings.putAll(choice.config());
                }
                // As the seeder does: every required secret is drawn on the installation.
                factory.configProperties().stream()
                        .filter(p -> p.secret() && p.required())
                        .forEach(p -> settings.put(p.name(), GeneratedSecrets.newSecret()));
                assertThat(factory.validate(settings))
                        .as(demo.tenant().nisCode() + " " + slot)
                        .isEmpty();
            });
        }
    }

    /** A secret written here would be everyone's: anyone could sign a scan batch or a payment webhook for the town. */
    @Test
    void demoDataCarriesNoSecretValues() throws Exception {
        for (DemoData.DemoTenant demo : data.tenants()) {
            demo.plugins()
                    .forEach((slot, choice) -> assertThat(choice.secrets())
                            .as(demo.tenant().nisCode() + " " + slot + " secrets")
                            .isNullOrEmpty());
        }
        String raw;
        try (var in = DemoData.class.getResourceAsStream(DemoData.RESOURCE)) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(raw).doesNotContain("\"secrets\"").doesNotContainIgnoringCase("secret\":");
    }

    @Test
    void drawnSecretsAreLongRandomAndNeverPublished() {
        String one = GeneratedSecrets.newSecret();
        String other = GeneratedSecrets.newSecret();
        assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(other);
        assertThat(PublishedSecrets.isPublished(one)).isFalse();
    }
}
