package be.ptrpas.platform.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered document back as a person would: its text, its pages as pictures, its QR code. */
final class Pdfs {

    /** Where the tests leave one picture of each document, to look at. */
    static final Path PICTURES = Path.of("target", "documents");

    private Pdfs() {}

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, as a copy-paste from a viewer gives it. */
    static String text(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page, {@code page} counted from 1 as viewers do. */
    static String text(byte[] pdf, int page) {
        try (PDDocument document = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage picture(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = load(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves page {@code pageIndex} as {@code target/documents/<name>.png}. */
    static Path save(byte[] pdf, int pageIndex, String name) {
        try {
            Files.createDirectories(PICTURES);
            Path file = PICTURES.resolve(name + ".png");
            ImageIO.write(picture(pdf, pageIndex, 110), "png", file.toFile());
            Files.write(PICTURES.resolve(name + ".pdf"), pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A QR code read from the picture of a page, with its raw bytes; empty when there is none. */
    static Optional<Qr> qr(BufferedImage picture) {
        try {
            Result result = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return Optional.of(new Qr(result));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ChecksumException | FormatException e) {
            throw new AssertionError("a QR code is on the page but cannot be read", e);
        }
    }

    static Optional<Qr> qr(byte[] pdf, int pageIndex) {
        return qr(picture(pdf, pageIndex, 150));
    }

    /** A decoded QR code. */
    record Qr(Result result) {

        /** The code's bytes, as UTF-8 (what an EPC payload of character set 1 is), whatever ZXing guessed. */
        String utf8() {
            @SuppressWarnings("unchecked")
            List<byte[]> segments = (List<byte[]>) result.getResultMetadata().get(ResultMetadataType.BYTE_SEGMENTS);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            segments.forEach(bytes::writeBytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }

        String errorCorrection() {
            return String.valueOf(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
        }

        /** {@code ]Q1}: a QR code without ECI segment; {@code ]Q2} would mean one. */
        String symbology() {
            return String.valueOf(result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER));
        }
    }

    /** Every glyph drawn, with its page (1-based) and position in PDF points (origin top left). */
    static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        glyphs.add(new Glyph(
                                getCurrentPageNo(),
                                position.getUnicode(),
                                position.getXDirAdj(),
                                position.getXDirAdj() + position.getWidthDirAdj(),
                                position.getYDirAdj() - position.getHeightDir(),
                                position.getYDirAdj()));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Glyph(int page, String text, float left, float right, float top, float bottom) {}
}
