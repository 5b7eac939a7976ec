package be.ptrpas.platform.burgerprofiel;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.pass.PassFilter;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.pass.PassItemView;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassPage;
import be.ptrpas.platform.pass.PassReader;
import be.ptrpas.platform.plugin.runtime.PublicUrl;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mijn Burgerprofiel's "Attesten en toelatingen" tab: a person's permits, IOD permits and disabled-person cards from
 * their pass, in HAL. Only the portal's client calls it (role {@code burgerprofiel}, and when
 * {@code ptr.burgerprofiel.client-ids} is set, a token issued to one of those clients); every answered call is a
 * recorded read of that person's data (their access log shows it as Mijn Burgerprofiel's). The national number in the
 * path is not written to the audit: the read is recorded under the person's keyed hash.
 */
@Path("v1/certificates/{insz}")
@RequestScoped
@Tag(name = "Mijn Burgerprofiel")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.PORTAL)
public class CertificatesResource {

    public static final String HAL_JSON = "application/hal+json";
    static final int MAX_PAGE = 100;
    private static final Set<PassKind> CERTIFICATES =
            Set.of(PassKind.IOD_PERMIT, PassKind.PERMIT, PassKind.DISABLED_CARD);

    @Inject
    PassReader reader;

    @Inject
    PassHolders holders;

    @Inject
    Caller caller;

    @Inject
    PublicUrl publicUrl;

    /** Comma-separated; Payara's config producer cannot inject an {@code Optional<List<String>>}. */
    @Inject
    @ConfigProperty(name = "ptr.burgerprofiel.client-ids")
    Optional<String> clientIds;

    @GET
    @Produces({HAL_JSON, MediaType.APPLICATION_JSON})
    @PersonalDataRead("certificates")
    @Operation(
            summary = "A person's certificates and permits for Mijn Burgerprofiel (HAL, paginated)",
            description = "Permits, IOD permits and disabled-person cards, newest first; an empty list when there are"
                    + " none. Only for the portal's client. Page with _links.next.")
    @APIResponse(
            responseCode = "200",
            description = "One page of certificates",
            content = @Content(mediaType = HAL_JSON, schema = @Schema(implementation = CertificatesPage.class)))
    @APIResponse(responseCode = "400", description = "validation: the insz is not a national number")
    @APIResponse(responseCode = "403", description = "forbidden: not the portal's client")
    public Response certificates(
            @PathParam("insz") String insz, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        List<String> allowed = clientIds
                .map(ids -> Arrays.stream(ids.split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .toList())
                .orElse(List.of());
        if (!allowed.isEmpty() && caller.clientId().filter(allowed::contains).isEmpty()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Only the Mijn Burgerprofiel client configured for this platform may ask.");
        }
        PassHolder person = NationalNumber.parse(insz)
                .map(PassHolder::person)
                .orElseThrow(() -> ProblemException.invalid(
                        "insz", "is not a national number (11 digits with a valid check number)"));
        int size = PageSize.of(limit, 20, MAX_PAGE);
        PassPage page =
                reader.page(person, new PassFilter(CERTIFICATES, Set.of(), Set.of(), Set.of()), cursor, size, "nl");
        holders.noteRead(person);
        String base = "/api/v1/certificates/" + person.number() + "?limit=" + size;
        Map<String, CertificatesPage.Link> links = new LinkedHashMap<>();
        links.put(
                "self",
                new CertificatesPage.Link(
                        base + (cursor == null || cursor.isBlank() ? "" : "&cursor=" + encode(cursor))));
        if (page.next() != null) {
            links.put("next", new CertificatesPage.Link(base + "&cursor=" + encode(page.next())));
        }
        List<CertificatesPage.Certificate> certificates =
                page.items().stream().map(this::certificate).toList();
        CertificatesPage answer =
                new CertificatesPage(links, new CertificatesPage.Embedded(certificates), certificates.size());
        return Response.ok(Json.write(answer), HAL_JSON).build();
    }

    private CertificatesPage.Certificate certificate(PassItemView item) {
        return new CertificatesPage.Certificate(
                item.id(),
                item.kind().name(),
                item.subject(),
                item.reference(),
                item.municipality(),
                item.issuer(),
                item.status().name(),
                item.happenedAt(),
                item.validUntil(),
                Map.of(
                        "pass",
                        new CertificatesPage.Link(
                                publicUrl.resolve("pass/items/" + item.id()).toString())));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
