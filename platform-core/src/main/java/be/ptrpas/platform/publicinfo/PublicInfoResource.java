package be.ptrpas.platform.publicinfo;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.common.web.Dates;
import be.ptrpas.platform.permitrule.PermitRuleService;
import be.ptrpas.platform.permitrule.PermitRuleView;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.tariff.TariffView;
import be.ptrpas.platform.tenant.BusinessModel;
import be.ptrpas.platform.tenant.Tenant;
import be.ptrpas.platform.tenant.TenantDetails;
import be.ptrpas.platform.tenant.TenantService;
import be.ptrpas.platform.tenant.TenantView;
import be.ptrpas.platform.zone.ZoneResource;
import be.ptrpas.platform.zone.ZoneService;
import be.ptrpas.platform.zone.ZoneView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What anyone may read before applying for a permit (F-14): municipalities, their zones on a map, prices and rules.
 * No login; only data meant for the public (no audit, no plug-in settings).
 */
@Path("v1/public/tenants")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public information", description = "No login: municipalities, zones, tariffs and permit rules")
public class PublicInfoResource {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    Clock clock;

    @Inject
    TenantService tenants;

    @Inject
    ZoneService zones;

    @Inject
    TariffService tariffs;

    @Inject
    PermitRuleService rules;

    /** A municipality's public face. */
    public record PublicTenant(
            String nisCode,
            LocalizedText names,
            List<String> languages,
            TenantDetails.Branding branding,
            String contactEmail,
            BusinessModel businessModel) {
        static PublicTenant of(TenantView tenant) {
            return new PublicTenant(
                    tenant.nisCode(),
                    tenant.names(),
                    tenant.languages(),
                    tenant.branding(),
                    tenant.contactEmail(),
                    tenant.businessModel());
        }
    }

    @GET
    @NoPersonalData(value = "public information", despite = "contactEmail (the municipality's published mailbox)")
    @Operation(summary = "All municipalities on the platform")
    public List<PublicTenant> list() {
        return tenants.list().stream()
                .filter(t -> t.status() == Tenant.Status.ACTIVE)
                .map(PublicTenant::of)
                .toList();
    }

    @GET
    @NoPersonalData(value = "public information", despite = "contactEmail (the municipality's published mailbox)")
    @Path("{nis}")
    @Operation(summary = "One municipality")
    public PublicTenant get(@PathParam("nis") String nis) {
        return PublicTenant.of(tenants.current());
    }

    @GET
    @NoPersonalData("public information")
    @Path("{nis}/zones")
    @Produces({MediaType.APPLICATION_JSON, "application/geo+json"})
    @Operation(summary = "The municipality's zones as a GeoJSON FeatureCollection")
    public JsonObject zones(@PathParam("nis") String nis) {
        return featureCollection(zones.list());
    }

    @GET
    @NoPersonalData("public information")
    @Path("{nis}/zones/lookup")
    @Produces({MediaType.APPLICATION_JSON, "application/geo+json"})
    @Operation(summary = "The zones containing a point (lat, lon in WGS84), as a GeoJSON FeatureCollection")
    public JsonObject zonesAt(
            @PathParam("nis") String nis,
            @Parameter(required = true) @QueryParam("lat") String lat,
            @Parameter(required = true) @QueryParam("lon") String lon) {
        ZoneResource.Coordinates point = ZoneResource.Coordinates.parse(lat, lon);
        return featureCollection(zones.containing(point.lat(), point.lon()));
    }

    @GET
    @NoPersonalData("public information")
    @Path("{nis}/tariffs")
    @Operation(summary = "Tariffs in force today or announced for later")
    public List<TariffView> tariffs(@PathParam("nis") String nis, @QueryParam("at") String at) {
        if (at != null) {
            return tariffs.list(null, null, Dates.parameter("at", at));
        }
        return tariffs.currentAndFuture(LocalDate.now(clock.withZone(BRUSSELS)));
    }

    @GET
    @NoPersonalData("public information")
    @Path("{nis}/rules")
    @Operation(summary = "Permit rules: who can get which permit, how many, for how long")
    public List<PermitRuleView> rules(@PathParam("nis") String nis) {
        return rules.list();
    }

    static JsonObject featureCollection(List<ZoneView> zoneViews) {
        JsonArrayBuilder features = jakarta.json.Json.createArrayBuilder();
        for (ZoneView zone : zoneViews) {
            JsonObjectBuilder properties = jakarta.json.Json.createObjectBuilder(toObject(new ZoneProperties(
                    zone.code(),
                    zone.kind().name(),
                    zone.name(),
                    zone.tier(),
                    zone.maxStayMinutes(),
                    zone.enforcementRegime().name(),
                    zone.permitTypes(),
                    zone.streets())));
            features.add(jakarta.json.Json.createObjectBuilder()
                    .add("type", "Feature")
                    .add("id", zone.code())
                    .add("geometry", zone.geometry())
                    .add("properties", properties));
        }
        return jakarta.json.Json.createObjectBuilder()
                .add("type", "FeatureCollection")
                .add("features", features)
                .build();
    }

    /** The properties of a zone feature (public so JSON-B may read it). */
    public record ZoneProperties(
            String code,
            String kind,
            LocalizedText name,
            Integer tier,
            Integer maxStayMinutes,
            String enforcementRegime,
            List<String> permitTypes,
            List<?> streets) {}

    private static JsonObject toObject(Object value) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(Json.write(value)))) {
            return reader.readObject();
        }
    }
}
