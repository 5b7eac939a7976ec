package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test data and readers for letters: what a clerk would check on the printed page. */
final class Letters {

    static final String IBAN = "BE71 0961 2345 6769";

    private Letters() {}

    static Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("senderName", "Stad Antwerpen");
        config.put("senderAddress", "Grote Markt 1, 2000 Antwerpen");
        config.put("creditorName", "Stad Antwerpen – Financiën");
        config.put("creditorIban", IBAN);
        config.put("printShop", "Drukkerij Peeters");
        return config;
    }

    static Recipient recipient() {
        return Recipient.letter("Jan Peeters", new PostalAddress("Kerkstraat", "12", "3", "2000", "Antwerpen", "BE"));
    }

    static OutgoingMessage paymentRequest(String body) {
        return new OutgoingMessage(
                UUID.randomUUID().toString(),
                recipient(),
                MessageTemplates.PAYMENT_REQUEST,
                Map.of(
                        MessageTemplates.SUBJECT,
                        "Betaalverzoek bewonerskaart",
                        MessageTemplates.BODY,
                        body,
                        "amount",
                        "24,50",
                        "reference",
                        "+++090/9337/55493+++",
                        "paymentUrl",
                        "http://127.0.0.1:8080/pay/1",
                        "dueDate",
                        "2026-12-24"));
    }

    static OutgoingMessage notice(String subject, String body) {
        return new OutgoingMessage(
                UUID.randomUUID().toString(),
                recipient(),
                MessageTemplates.NOTICE,
                Map.of(MessageTemplates.SUBJECT, subject, MessageTemplates.BODY, body));
    }

    /** The text of pages {@code from} to {@code to}, with all whitespace as single spaces. */
    static String text(Path pdf, int from, int to) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    static String text(Path pdf) throws Exception {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** Renders a page as a printer would and reads the QR code on it with ZXing, as a banking app would. */
    static String decodeQr(Path pdf, int pageIndex) throws Exception {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 200, ImageType.RGB);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    static Path pdfOf(Path workDirectory, String stem) {
        return workDirectory.resolve("print-shop").resolve(stem + ".pdf");
    }
}
