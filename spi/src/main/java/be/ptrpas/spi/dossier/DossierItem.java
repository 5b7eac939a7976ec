package be.ptrpas.spi.dossier;

import be.ptrpas.spi.belgian.StructuredReference;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a person's or company's dossier in a municipality's other back-office system, as the citizen's
 * PTR-pas shows it. Immutable; the constructor refuses what the pass could not show.
 *
 * @param externalId          the item's id in the other system: stable over time, unique in one answer, 1 to
 *                            {@value #MAX_ID_LENGTH} characters without control characters (e.g. {@code RET-2026-0042})
 * @param kind                what the item is about
 * @param title               what the citizen reads, per language
 * @param status              where the item stands in its procedure
 * @param moneyState          what is the matter with its money; {@link MoneyState#NONE} when it involves none
 * @param amountDueCents      what is still to be paid, in euro cents; zero or more (zero when nothing is due)
 * @param dueDate             when it must be paid (or the permit ends), or {@code null}
 * @param structuredReference the structured reference (OGM-VCS) to pay with, or {@code null}
 * @param issuedAt            when the item was created
 * @param updatedAt           when it last changed; not before {@code issuedAt}
 * @param issuer              who issued it, e.g. "Stad Gent — Mobiliteitsbedrijf"; 1 to {@value #MAX_ISSUER_LENGTH}
 *                            characters
 * @param link                an {@code https} address of the item in the other system, or {@code null}
 * @since SPI 1.2
 */
public record DossierItem(
        String externalId,
        DossierKind kind,
        DossierTitle title,
        DossierStatus status,
        MoneyState moneyState,
        long amountDueCents,
        LocalDate dueDate,
        StructuredReference structuredReference,
        Instant issuedAt,
        Instant updatedAt,
        String issuer,
        URI link) {

    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_ISSUER_LENGTH = 200;

    /** @throws IllegalArgumentException when a value is missing or out of its range (the message names the field) */
    public DossierItem {
        text(externalId, "externalId", MAX_ID_LENGTH);
        if (!externalId.equals(externalId.strip())) {
            throw new IllegalArgumentException("externalId has no leading or trailing spaces");
        }
        require(kind, "kind");
        require(title, "title");
        require(status, "status");
        require(moneyState, "moneyState");
        if (amountDueCents < 0) {
            throw new IllegalArgumentException("amountDueCents cannot be negative");
        }
        require(issuedAt, "issuedAt");
        require(updatedAt, "updatedAt");
        if (updatedAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("updatedAt cannot be before issuedAt");
        }
        issuer = text(issuer, "issuer", MAX_ISSUER_LENGTH);
        if (link != null && !isHttps(link)) {
            throw new IllegalArgumentException("link must be an absolute https address");
        }
    }

    /** Whether {@code uri} is an absolute {@code https} address with a host, the only links the pass shows. */
    public static boolean isHttps(URI uri) {
        return uri != null && uri.isAbsolute() && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " has at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " has no control characters");
        }
        return value.strip();
    }
}
