package be.ptrpas.plugins.channel.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterRenderingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:30:00Z");

    @TempDir
    Path workDirectory;

    private TestPluginContext context;
    private MessageChannel channel;

    @BeforeEach
    void createChannel() {
        context = context(Letters.config());
        channel = new LetterChannelFactory().create(context);
    }

    private TestPluginContext context(Map<String, String> config) {
        return TestPluginContext.builder()
                .config(config)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .workDirectory(workDirectory)
                .build();
    }

    private Path pdf(SendResult result) {
        return Letters.pdfOf(context.workDirectory(), result.providerMessageId());
    }

    @Test
    void theQrCodeIsAnEpcTransferBankingAppsCanPay() throws Exception {
        SendResult result = channel.send(Letters.paymentRequest("Betaal uw bewonerskaart."));
        assertThat(Letters.decodeQr(pdf(result), 0))
                .isEqualTo(String.join(
                        "\n",
                        "BCD",
                        "002",
                        "1",
                        "SCT",
                        "",
                        "Stad Antwerpen - Financien",
                        "BE71096123456769",
                        "EUR24.50",
                        "",
                        "090933755493"));
        assertThat(Letters.text(pdf(result)))
                .contains(
                        "€ 24,50",
                        "BE71 0961 2345 6769",
                        "+++090/9337/55493+++",
                        "Gestructureerde mededeling",
                        "http://127.0.0.1:8080/pay/1");
    }

    @Test
    void withoutACreditorTheQrCodeLinksToThePaymentPage() throws Exception {
        Map<String, String> config = Letters.config();
        config.remove("creditorName");
        config.remove("creditorIban");
        TestPluginContext plain = context(config);
        SendResult result = new LetterChannelFactory().create(plain).send(Letters.paymentRequest("Betaal."));
        Path pdf = Letters.pdfOf(plain.workDirectory(), result.providerMessageId());
        assertThat(Letters.decodeQr(pdf, 0)).isEqualTo("http://127.0.0.1:8080/pay/1");
        assertThat(Letters.text(pdf)).contains("+++090/9337/55493+++").doesNotContain("Rekeningnummer");
    }

    @Test
    void theMessagesOwnAccountWins() throws Exception {
        OutgoingMessage base = Letters.paymentRequest("Betaal uw GAS-boete.");
        Map<String, String> parameters = new HashMap<>(base.parameters());
        parameters.put("iban", "BE68 5390 0754 7034");
        SendResult result =
                channel.send(new OutgoingMessage(base.messageId(), base.recipient(), base.template(), parameters));
        assertThat(Letters.decodeQr(pdf(result), 0)).contains("\nBE68539007547034\n");
        assertThat(Letters.text(pdf(result))).contains("BE68 5390 0754 7034");
    }

    @Test
    void aLongBodyFlowsOnToASecondPage() throws Exception {
        String body = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> "Alinea " + i + ": uw bewonerskaart voor zone A blijft geldig tot en met 31 december"
                        + " en wordt daarna automatisch verlengd als u niets doet.")
                .collect(Collectors.joining("\n"));
        SendResult result = channel.send(Letters.paymentRequest(body));
        Path pdf = pdf(result);
        int pages = Letters.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(Letters.text(pdf, 1, 1))
                .contains("Alinea 1:")
                .doesNotContain("Alinea 80:")
                .contains("Pagina 1/" + pages);
        assertThat(Letters.text(pdf, pages, pages)).contains("+++090/9337/55493+++", "Pagina " + pages + "/" + pages);
        assertThat(Letters.text(pdf)).contains("Alinea 80: uw bewonerskaart");
        assertThat(Files.readString(pdf.resolveSibling(result.providerMessageId() + ".json")))
                .contains("\"pages\": " + pages);
    }

    @Test
    void aWordLongerThanALineIsBrokenNotLost() throws Exception {
        String word = "x".repeat(400);
        SendResult result = channel.send(Letters.notice("Lang woord", word));
        assertThat(Letters.text(pdf(result)).replace(" ", "")).contains(word);
    }

    @Test
    void theSameMessageTwiceGivesOneLetter() throws Exception {
        OutgoingMessage message = Letters.paymentRequest("Betaal uw bewonerskaart.");
        SendResult first = channel.send(message);
        byte[] written = Files.readAllBytes(pdf(first));
        SendResult again = new LetterChannelFactory().create(context).send(message);
        assertThat(again).isEqualTo(first);
        assertThat(Files.readAllBytes(pdf(again))).isEqualTo(written);
        try (Stream<Path> files = Files.list(context.workDirectory().resolve("print-shop"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(message.messageId() + ".pdf", message.messageId() + ".json");
        }
    }

    @Test
    void aRetryAfterThePrintShopCollectedTheLetterDoesNotPrintItAgain() throws Exception {
        OutgoingMessage message = Letters.paymentRequest("Betaal uw bewonerskaart.");
        SendResult first = channel.send(message);
        Files.delete(pdf(first));
        Files.delete(pdf(first).resolveSibling(first.providerMessageId() + ".json"));
        channel.send(message);
        assertThat(pdf(first)).doesNotExist();
    }

    @Test
    void theManifestDescribesTheLetter() throws Exception {
        SendResult result = channel.send(Letters.paymentRequest("Betaal."));
        String manifest = Files.readString(pdf(result).resolveSibling(result.providerMessageId() + ".json"));
        assertThat(manifest)
                .contains(
                        "\"messageId\": \"" + result.providerMessageId() + "\"",
                        "\"file\": \"" + result.providerMessageId() + ".pdf\"",
                        "\"pages\": 1",
                        "\"created\": \"2026-11-24T08:30:00Z\"",
                        "\"printShop\": \"Drukkerij Peeters\"",
                        "\"postalCode\": \"2000\"",
                        "\"lines\": [\"Jan Peeters\", \"Kerkstraat 12 bus 3\", \"2000 Antwerpen\"]");
        assertThat(manifest).containsPattern("\"sha256\": \"[0-9a-f]{64}\"");
    }

    @Test
    void theAddressSitsInTheEnvelopeWindow() throws Exception {
        SendResult result = channel.send(Letters.notice("Mededeling", "Uw vergunning is verlengd."));
        try (PDDocument document = Loader.loadPDF(pdf(result).toFile())) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float mm = 72f / 25.4f;
            // Left window of a Belgian envelope: 20 mm from the left, 50 to 95 mm from the top, 100 mm wide.
            stripper.addRegion("window", new Rectangle2D.Float(20 * mm, 50 * mm, 100 * mm, 45 * mm));
            stripper.extractRegions(document.getPage(0));
            String window =
                    stripper.getTextForRegion("window").replaceAll("\\s+", " ").strip();
            assertThat(window).isEqualTo("Jan Peeters Kerkstraat 12 bus 3 2000 Antwerpen");
        }
    }

    @Test
    void aForeignAddressEndsWithTheCountry() throws Exception {
        Recipient dutch = Recipient.letter(
                "Anna de Vries", new PostalAddress("Dorpsstraat", "5", null, "1234 AB", "Utrecht", "NL"));
        SendResult result = channel.send(new OutgoingMessage(
                UUID.randomUUID().toString(),
                dutch,
                MessageTemplates.NOTICE,
                Map.of(MessageTemplates.SUBJECT, "Mededeling", MessageTemplates.BODY, "Tekst")));
        assertThat(Letters.text(pdf(result))).contains("1234 AB Utrecht NEDERLAND");
    }

    @Test
    void dutchAccentsPrintAndUnknownCharactersDoNotStopTheLetter() throws Exception {
        SendResult result = channel.send(
                Letters.notice("Café Één – ‘zone’ € 5", "Geachte heer Ødegård, Łukasz, Gödel, Şahin: 漢字 🚗 België."));
        String text = Letters.text(pdf(result));
        assertThat(text).contains("Café Één – ‘zone’ € 5", "Ødegård", "Gödel", "Sahin", "België");
        assertThat(text).contains("?ukasz", "?? ?");
    }

    @Test
    void frenchRecipientsGetFrenchLabels() throws Exception {
        OutgoingMessage base = Letters.paymentRequest("Veuillez payer.");
        Recipient french = new Recipient(
                base.recipient().name(), null, null, base.recipient().address(), Locale.FRENCH);
        SendResult result =
                channel.send(new OutgoingMessage(base.messageId(), french, base.template(), base.parameters()));
        assertThat(Letters.text(pdf(result))).contains("Communication structurée", "24 novembre 2026", "Page 1/1");
    }

    @Test
    void theDateIsTodayInBelgium() throws Exception {
        SendResult result = channel.send(Letters.notice("Mededeling", "Tekst"));
        assertThat(Letters.text(pdf(result))).contains("24 november 2026");
    }

    @Test
    void anInvalidReferenceFailsForGood() {
        OutgoingMessage base = Letters.paymentRequest("Betaal.");
        Map<String, String> parameters = new HashMap<>(base.parameters());
        parameters.put("reference", "+++090/9337/55494+++");
        assertThatThrownBy(() -> channel.send(
                        new OutgoingMessage(base.messageId(), base.recipient(), base.template(), parameters)))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isFalse())
                .hasMessageContaining("not a valid structured reference");
    }

    @Test
    void aMessageIdCannotLeaveTheDropFolder() throws Exception {
        OutgoingMessage base = Letters.notice("Mededeling", "Tekst");
        SendResult result = channel.send(
                new OutgoingMessage("../../etc/evil", base.recipient(), base.template(), base.parameters()));
        assertThat(result.providerMessageId()).matches("msg-[0-9a-f]{32}");
        assertThat(pdf(result)).exists().startsWith(context.workDirectory().resolve("print-shop"));
    }

    @Test
    void noPartFilesAreLeftBehind() throws Exception {
        channel.send(Letters.notice("Mededeling", "Tekst"));
        try (Stream<Path> files = Files.list(context.workDirectory().resolve("print-shop"))) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }
}
