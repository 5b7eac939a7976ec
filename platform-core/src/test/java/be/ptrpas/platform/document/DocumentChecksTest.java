package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is refused before anything is drawn, with every offending field named by its path. */
class DocumentChecksTest {

    private final DocumentRenderer renderer = new DocumentRenderer();
    private final ItemDocument good = Samples.retribution(DocumentLanguage.NL);

    @Test
    void anInvalidIbanIsRefused() {
        ItemDocument item = Samples.with(
                good,
                good.lines(),
                good.amountDue(),
                new Transfer("Stad Gent", "BE71 0961 2345 6768", null, Samples.OGM));

        assertThat(errors(item))
                .containsExactly(new FieldError("transfer.iban", "has wrong check digits (mod-97): a typing error?"));
    }

    @Test
    void aNegativeAmountDueIsRefused() {
        ItemDocument item = Samples.with(good, List.of(), new BigDecimal("-5.00"), good.transfer());

        assertThat(errors(item)).containsExactly(new FieldError("amountDue", "must not be negative, not -5.00"));
    }

    @Test
    void aBeneficiaryNameOverSeventyCharactersAfterTrimmingIsRefused() {
        String seventy = "S".repeat(70);
        ItemDocument fits = Samples.with(
                good,
                good.lines(),
                good.amountDue(),
                new Transfer("  " + seventy + "  ", Samples.IBAN, null, Samples.OGM));
        ItemDocument tooLong = Samples.with(
                good, good.lines(), good.amountDue(), new Transfer(seventy + "T", Samples.IBAN, null, Samples.OGM));

        // Wrapped on the slip (cut inside the one long word), but all there.
        assertThat(Pdfs.text(renderer.item(fits)).replaceAll("\\s", "")).contains(seventy);
        assertThat(errors(tooLong))
                .containsExactly(new FieldError(
                        "transfer.beneficiaryName", "must be at most 70 characters (EPC QR code), not 71"));
    }

    @Test
    void amountsMustBeWholeCentsAndAddUp() {
        ItemDocument fractions = Samples.with(
                good,
                List.of(new ItemDocument.Line("Retributie", new BigDecimal("40.505"))),
                new BigDecimal("40.505"),
                good.transfer());
        ItemDocument mismatch = Samples.with(good, good.lines(), new BigDecimal("45.00"), good.transfer());

        assertThat(errors(fractions))
                .containsExactly(
                        new FieldError("lines[0].amount", "must be in whole cents, not 40.505"),
                        new FieldError("amountDue", "must be in whole cents, not 40.505"));
        assertThat(errors(mismatch))
                .containsExactly(new FieldError("amountDue", "is 45.00 but the lines add up to 40.50"));
    }

    @Test
    void somethingDueNeedsADueDateAndATransfer() {
        ItemDocument item = new ItemDocument(
                good.language(),
                good.municipality(),
                null,
                good.kind(),
                good.title(),
                good.reference(),
                good.issuedOn(),
                null,
                null,
                good.lines(),
                List.of(),
                good.amountDue(),
                null,
                null);

        assertThat(errors(item)).extracting(FieldError::field).containsExactly("dueDate", "transfer");
    }

    @Test
    void listsEveryErrorAtOnceAndBecomesAValidationProblem() {
        ItemDocument item = new ItemDocument(
                null,
                new Municipality(" ", "4402"),
                new Issuer("", null),
                null,
                "Titel\nmet regeleinde",
                "",
                null,
                java.time.LocalDate.of(2027, 2, 1),
                java.time.LocalDate.of(2027, 1, 1),
                List.of(new ItemDocument.Line(null, null)),
                List.of(),
                new BigDecimal("1.00"),
                good.dueDate(),
                new Transfer("Stad Gent", "NL00", "bad", null));

        InvalidDocumentException refused = catchRefusal(item);

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "language",
                        "municipality.name",
                        "municipality.nisCode",
                        "issuer.name",
                        "kind",
                        "title",
                        "reference",
                        "issuedOn",
                        "validUntil",
                        "lines[0].description",
                        "lines[0].amount",
                        "transfer.bic",
                        "transfer.iban",
                        "transfer.reference");
        ProblemException problem = refused.toProblem();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).isEqualTo(refused.errors());
        assertThat(problem.getMessage()).startsWith("The document cannot be made: language is required; ");
    }

    @Test
    void aReceiptMustAddUpAndPaySomething() {
        ReceiptDocument base = Samples.receipt(DocumentLanguage.NL);
        ReceiptDocument mismatch = new ReceiptDocument(
                base.language(),
                base.municipality(),
                null,
                base.paymentId(),
                base.paidAt(),
                new BigDecimal("80.00"),
                base.method(),
                null,
                base.items());
        ReceiptDocument nothing = new ReceiptDocument(
                base.language(),
                base.municipality(),
                null,
                base.paymentId(),
                base.paidAt(),
                new BigDecimal("-1.00"),
                null,
                null,
                List.of());

        assertThatThrownBy(() -> renderer.receipt(mismatch))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new FieldError("amount", "is 80.00 but the items add up to 75.50")));
        assertThatThrownBy(() -> renderer.receipt(nothing))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("amount", "method", "items"));
    }

    @Test
    void limitsTheSizeOfADocument() {
        List<ItemDocument.Line> lines = java.util.Collections.nCopies(
                DocumentChecks.MAX_LINES + 1, new ItemDocument.Line("Sessie", new BigDecimal("1.00")));
        ItemDocument item = Samples.with(good, lines, new BigDecimal("201.00"), good.transfer());

        assertThat(errors(item)).containsExactly(new FieldError("lines", "has 201 entries; at most 200 are allowed"));
    }

    private List<FieldError> errors(ItemDocument item) {
        return catchRefusal(item).errors();
    }

    private InvalidDocumentException catchRefusal(ItemDocument item) {
        try {
            renderer.item(item);
        } catch (InvalidDocumentException e) {
            return e;
        }
        throw new AssertionError("the document was made");
    }
}
