package be.ptrpas.platform.pass;

import be.ptrpas.platform.document.DocumentLanguage;
import be.ptrpas.platform.document.DocumentRenderer;
import be.ptrpas.platform.document.InvalidDocumentException;
import be.ptrpas.platform.document.Issuer;
import be.ptrpas.platform.document.ItemDocument;
import be.ptrpas.platform.document.ItemKind;
import be.ptrpas.platform.document.Municipality;
import be.ptrpas.platform.document.Transfer;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF of an item of the pass: what it is, its evidence references and amounts, and, when something is due and the
 * municipality has given its account, the transfer slip with the OGM and the EPC QR code a banking app reads.
 */
@ApplicationScoped
class PassDocuments {

    private static final Logger LOG = Logger.getLogger(PassDocuments.class.getName());
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Pattern OPERATOR = Pattern.compile("(.+) \\((\\d{10})\\)");

    @Inject
    DocumentRenderer renderer;

    @Inject
    TransferAccounts accounts;

    /** Whether this kind of item has a PDF (a disabled-person card is a card, not a document). */
    static boolean hasDocument(PassKind kind) {
        return itemKind(kind).isPresent();
    }

    byte[] pdf(PassItemDetail detail, String language) {
        PassItemView item = detail.item();
        ItemKind kind = itemKind(item.kind()).orElseThrow();
        BigDecimal due = item.amountDue() == null ? BigDecimal.ZERO : item.amountDue();
        List<ItemDocument.Line> lines = lines(detail.details(), item, language);
        Transfer transfer = null;
        if (due.signum() > 0 && item.structuredReference() != null && item.municipality() != null) {
            transfer = accounts.of(item.municipality().nisCode())
                    .map(a -> new Transfer(
                            a.beneficiary(),
                            a.iban(),
                            a.bic(),
                            StructuredReference.parse(item.structuredReference())
                                    .orElseThrow()))
                    .orElse(null);
        }
        if (transfer == null) {
            // Without an account the document asks for no transfer; the citizen pays online from the pass.
            due = BigDecimal.ZERO;
            lines = lines.stream().filter(l -> l.amount().signum() > 0).toList();
            if (!lines.isEmpty()) {
                BigDecimal total =
                        lines.stream().map(ItemDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                lines = new ArrayList<>(lines);
                lines.add(new ItemDocument.Line(
                        text(language, "Te betalen online", "À payer en ligne", "To pay online"), total.negate()));
            }
        }
        ItemDocument document = new ItemDocument(
                DocumentLanguage.valueOf(language.toUpperCase()),
                item.municipality() == null
                        ? new Municipality("Vlaanderen", "00000")
                        : new Municipality(
                                item.municipality().name(), item.municipality().nisCode()),
                issuer(item.issuer()),
                kind,
                item.subject() == null ? item.reference() : item.subject(),
                item.reference(),
                day(item.happenedAt()),
                item.validUntil() == null ? null : day(item.happenedAt()),
                item.validUntil() == null ? null : day(item.validUntil().minusSeconds(1)),
                lines,
                evidence(detail.details()),
                due,
                due.signum() > 0 ? item.dueDate() : null,
                transfer);
        try {
            return renderer.item(document);
        } catch (InvalidDocumentException e) {
            // The item's own data (its municipality's account, its amounts) is wrong, not the caller's request.
            LOG.warning(() -> "the PDF of pass item " + item.id() + " cannot be made: " + e.getMessage());
            throw new IllegalStateException("the PDF of pass item " + item.id() + " cannot be made", e);
        }
    }

    private static Optional<ItemKind> itemKind(PassKind kind) {
        return switch (kind) {
            case RETRIBUTION -> Optional.of(ItemKind.RETRIBUTION);
            case GAS_FINE -> Optional.of(ItemKind.GAS_FINE);
            case IOD_PERMIT -> Optional.of(ItemKind.IOD_PERMIT);
            case PAYMENT_REQUEST -> Optional.of(ItemKind.PAYMENT_REQUEST);
            case PERMIT -> Optional.of(ItemKind.PERMIT);
            case DISABLED_CARD, DISPUTE -> Optional.empty();
        };
    }

    /** The issuer an operator is, "Name (0123456789)"; the municipality itself issues the rest. */
    private static Issuer issuer(String issuer) {
        if (issuer == null) {
            return null;
        }
        Matcher operator = OPERATOR.matcher(issuer);
        if (!operator.matches()) {
            return null;
        }
        return CompanyNumber.parse(operator.group(2))
                .map(number -> new Issuer(operator.group(1), number))
                .orElse(null);
    }

    /** The amounts the source listed, less what was paid, so they add up to what is due. */
    private static List<ItemDocument.Line> lines(JsonObject details, PassItemView item, String language) {
        List<ItemDocument.Line> lines = new ArrayList<>();
        if (details.containsKey("lines") && details.get("lines").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonObject line : details.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                lines.add(new ItemDocument.Line(
                        line.getString("label", "?"), new BigDecimal(line.getString("amount", "0"))));
            }
        }
        if (lines.isEmpty() && item.amount() != null) {
            lines.add(new ItemDocument.Line(item.reference(), item.amount()));
        }
        if (item.amountPaid() != null && item.amountPaid().signum() > 0) {
            lines.add(new ItemDocument.Line(
                    text(language, "Reeds betaald", "Déjà payé", "Already paid"),
                    item.amountPaid().negate()));
        }
        return lines;
    }

    private static List<ItemDocument.Evidence> evidence(JsonObject details) {
        String place = details.containsKey("place") ? details.getString("place") : null;
        if (place == null && details.containsKey("zone")) {
            place = details.getString("zone");
        }
        String at = details.containsKey("observedAt")
                ? details.getString("observedAt")
                : details.containsKey("offenceAt") ? details.getString("offenceAt") : null;
        String plate = details.containsKey("plate") ? details.getString("plate") : null;
        List<String> photos = details.containsKey("evidence")
                ? details.getJsonArray("evidence").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
        if (place == null && at == null && plate == null && photos.isEmpty()) {
            return List.of();
        }
        Instant observed = at == null ? null : OffsetDateTime.parse(at).toInstant();
        return List.of(new ItemDocument.Evidence(place, observed, plate, photos));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(BRUSSELS).toLocalDate();
    }

    private static String text(String language, String nl, String fr, String en) {
        return switch (language) {
            case "fr" -> fr;
            case "en" -> en;
            default -> nl;
        };
    }
}
