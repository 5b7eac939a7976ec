package be.ptrpas.plugins.channel.letter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as filled squares in the PDF: sharp at any printer resolution and no image library needed.
 * Error correction M, as EPC069-12 asks.
 */
final class QrCode {

    /** White modules around the code, which readers need to find it. */
    static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String payload) {
        try {
            // Width and height 0: the smallest matrix, one bit per module, quiet zone included.
            return new QrCode(new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    /** Draws the code (quiet zone included) in a square of {@code size} points with its lower-left corner at x, y. */
    void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
        int count = modules.getWidth();
        float module = size / count;
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
                content.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }
}
