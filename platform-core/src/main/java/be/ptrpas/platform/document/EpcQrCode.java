package be.ptrpas.platform.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The QR code of an {@link EpcPayload}, error correction level M as EPC069-12 asks, drawn as filled squares: sharp at
 * any printer resolution and no image in the PDF.
 *
 * <p>The payload's UTF-8 bytes go in one byte-mode segment <em>without</em> an ECI marker: the payload names its
 * character set itself (line 3), and some banking apps fail on an ECI header. ZXing writes a string's characters as
 * ISO-8859-1 bytes when no character set is hinted, so the UTF-8 bytes are handed over as ISO-8859-1 characters.
 */
final class EpcQrCode {

    /** White modules around the code, which readers need to find it (the QR standard's minimum). */
    static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private EpcQrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static EpcQrCode of(EpcPayload payload) {
        String bytesAsLatin1 = new String(payload.bytes(), StandardCharsets.ISO_8859_1);
        try {
            // Width and height 0: the smallest matrix, one bit per module, quiet zone included.
            return new EpcQrCode(new QRCodeWriter()
                    .encode(
                            bytesAsLatin1,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE)));
        } catch (WriterException e) {
            // 331 bytes always fit (version 13 holds 331 at level M): this would be a bug, not bad input.
            throw new IllegalStateException("cannot encode an EPC payload of " + payload.bytes().length + " bytes", e);
        }
    }

    /** Modules per side, quiet zone included. */
    int size() {
        return modules.getWidth();
    }

    /** Draws the code (quiet zone included) in a square of {@code side} points with its lower-left corner at x, y. */
    void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
        int count = modules.getWidth();
        float module = side / count;
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                // One rectangle per dark run keeps the file small; PDF's y axis points up, rows go down.
                content.addRect(x + start * module, y + side - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }
}
