package be.ptrpas.platform.burgerprofiel;

import be.ptrpas.platform.pass.PassItemView;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a person's certificates for Mijn Burgerprofiel's "Attesten en toelatingen" tab, in HAL
 * ({@code application/hal+json}): {@code _links} (self, next) and {@code _embedded.certificates}.
 */
public record CertificatesPage(
        @JsonbProperty("_links") Map<String, Link> links,
        @JsonbProperty("_embedded") Embedded embedded,
        int count) {

    public record Link(String href) {}

    public record Embedded(List<Certificate> certificates) {}

    /**
     * A permit, IOD permit or disabled-person card of the person.
     *
     * @param type {@code IOD_PERMIT}, {@code PERMIT} or {@code DISABLED_CARD}
     * @param title what it is, as the pass names it
     * @param municipality the issuing municipality; null for a disabled-person card (Flanders-wide)
     * @param status the pass's status vocabulary (HANDLED is granted and in force, EXPIRES_SOON, EXPIRED, CANCELLED)
     * @param links {@code pass}: the item on the citizen's pass page
     */
    public record Certificate(
            String id,
            String type,
            String title,
            String reference,
            PassItemView.Municipality municipality,
            String issuer,
            String status,
            Instant issuedAt,
            Instant validUntil,
            @JsonbProperty("_links") Map<String, Link> links) {}
}
