package be.ptrpas.platform.document;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents as the pass would ask for them. */
final class Samples {

    static final String IBAN = "BE71 0961 2345 6769";
    static final String BIC = "GKCCBEBB";
    static final StructuredReference OGM =
            StructuredReference.parse("+++090/9337/55493+++").orElseThrow();
    static final Municipality GENT = new Municipality("Stad Gent", "44021");
    static final Issuer CONCESSION = new Issuer("Parkeerbeheer Gent NV", CompanyNumber.of(12345678L));

    private Samples() {}

    static ItemDocument retribution(DocumentLanguage language) {
        return new ItemDocument(
                language,
                GENT,
                CONCESSION,
                ItemKind.RETRIBUTION,
                "Parkeren zonder geldig ticket in betalend gebied — Kouter",
                "RET-2026-004711",
                LocalDate.of(2026, 12, 3),
                null,
                null,
                List.of(
                        new ItemDocument.Line("Retributie betalend parkeren, dagtarief", new BigDecimal("35.00")),
                        new ItemDocument.Line("Administratiekost", new BigDecimal("5.50"))),
                List.of(new ItemDocument.Evidence(
                        "Kouter 12, 9000 Gent (zone Centrum)",
                        Instant.parse("2026-12-02T13:47:00Z"),
                        "1-ABC-123",
                        List.of("PH-88213", "PH-88214"))),
                new BigDecimal("40.50"),
                LocalDate.of(2027, 1, 2),
                new Transfer("Parkeerbeheer Gent – Retributies", IBAN, BIC, OGM));
    }

    /** A permit paid in full: nothing due, so no transfer and no QR code. */
    static ItemDocument paidPermit(DocumentLanguage language) {
        return new ItemDocument(
                language,
                new Municipality("Ville de Liège", "62063"),
                null,
                ItemKind.PERMIT,
                "Carte riverain zone Outremeuse — véhicule 2-XYZ-987",
                "PRM-2027-000042",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                List.of(
                        new ItemDocument.Line("Carte riverain 2027", new BigDecimal("60.00")),
                        new ItemDocument.Line("Payé le 1 décembre 2026", new BigDecimal("-60.00"))),
                List.of(),
                new BigDecimal("0.00"),
                null,
                null);
    }

    static ReceiptDocument receipt(DocumentLanguage language) {
        return new ReceiptDocument(
                language,
                GENT,
                CONCESSION,
                "PAY-7f3c2a91",
                Instant.parse("2026-12-04T09:15:30Z"),
                new BigDecimal("75.50"),
                PaymentMethod.ONLINE,
                "Bancontact via Mollie",
                List.of(
                        new ReceiptDocument.PaidItem(
                                ItemKind.RETRIBUTION,
                                "RET-2026-004711",
                                "Parkeren zonder geldig ticket — Kouter",
                                new BigDecimal("40.50")),
                        new ReceiptDocument.PaidItem(
                                ItemKind.PERMIT,
                                "PRM-2027-000043",
                                "Bewonerskaart zone Centrum 2027",
                                new BigDecimal("35.00"))));
    }

    /** The retribution with other values in one place. */
    static ItemDocument with(
            ItemDocument base, List<ItemDocument.Line> lines, BigDecimal amountDue, Transfer transfer) {
        return new ItemDocument(
                base.language(),
                base.municipality(),
                base.issuer(),
                base.kind(),
                base.title(),
                base.reference(),
                base.issuedOn(),
                base.validFrom(),
                base.validUntil(),
                lines,
                base.evidence(),
                amountDue,
                base.dueDate(),
                transfer);
    }
}
