package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import be.ptrpas.spi.enforcement.ObservationBatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads signed scan-car uploads (see FORMAT.md): size, signature and freshness first, then the body in the format
 * its Content-Type names, then the rules across the batch. Holds no state between calls, so the same upload always
 * gives the same batch (as long as its signature is fresh).
 */
final class ScanfeedVendor implements EnforcementVendor {

    static final String DEVICE_HEADER = "X-Scanfeed-Device";

    private final UploadSignature signature;
    private final BatchRules rules;

    ScanfeedVendor(UploadSignature signature, BatchRules rules) {
        this.signature = signature;
        this.rules = rules;
    }

    @Override
    public ObservationBatch parseBatch(InboundRequest request) throws RejectedRequestException {
        byte[] body = request.body();
        if (body.length == 0) {
            throw new RejectedRequestException("the upload is empty");
        }
        if (body.length > ScanfeedLimits.MAX_BODY_BYTES) {
            throw new RejectedRequestException("the upload has " + body.length + " bytes, more than the "
                    + ScanfeedLimits.MAX_BODY_BYTES + " allowed; split the batch");
        }
        Instant signedAt =
                signature.verify(request.header(UploadSignature.HEADER).orElse(null), body);
        RawBatch batch = switch (format(request)) {
            case JSON -> JsonBatchReader.read(utf8(body));
            case CSV -> CsvBatchReader.read(utf8(body));
        };
        Optional<String> device = request.header(DEVICE_HEADER).filter(value -> !value.isBlank());
        rules.check(batch, device, signedAt);
        return new ObservationBatch(
                batch.batchId(),
                batch.observations().stream()
                        .map(LocatedObservation::observation)
                        .toList());
    }

    private enum Format {
        JSON,
        CSV
    }

    private static Format format(InboundRequest request) throws RejectedRequestException {
        String contentType = request.header("Content-Type").orElse("");
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")
                    && !parameter.equals("charset=utf-8")
                    && !parameter.equals("charset=\"utf-8\"")) {
                throw new RejectedRequestException("Content-Type: only charset=utf-8 is supported");
            }
        }
        return switch (mediaType) {
            case "application/json" -> Format.JSON;
            case "text/csv" -> Format.CSV;
            default ->
                throw new RejectedRequestException("Content-Type must be application/json or text/csv, not '"
                        + ObservationReader.shorten(contentType) + "'");
        };
    }

    private static String utf8(byte[] body) throws RejectedRequestException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            // Spreadsheet exports like to start with a byte order mark; it is not part of the data.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RejectedRequestException("the upload is not valid UTF-8");
        }
    }
}
