package be.ptrpas.pdf;

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
 * A QR code drawn as filled squares in a PDF: sharp at any printer resolution, and no image in the file. Error
 * correction M, as EPC069-12 asks of a payment code. The content's characters are written as ISO-8859-1 bytes (ZXing's
 * default when no character set is hinted), without an ECI marker: a caller with UTF-8 bytes to encode hands them over
 * as ISO-8859-1 characters.
 */
public final class QrCode {

    /** White modules around the code, which readers need to find it (the QR standard's minimum). */
    public static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** @throws IllegalArgumentException when the content does not fit in a QR code at level M */
    public static QrCode of(String content) {
        try {
            // Width and height 0: the smallest matrix, one bit per module, quiet zone included.
            return new QrCode(new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    /** Draws the code (quiet zone included) in a square of {@code side} points with its lower-left corner at x, y. */
    public void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
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
