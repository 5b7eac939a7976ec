package be.ptrpas.plugins.enforcement.scanfeed;

import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.CSV;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.signed;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The messages operators and vendors' developers read: exact, naming line or index and field. */
class ScanfeedErrorMessageTest {

    private static final String HEADER = CsvBatchReader.HEADER + "\n";
    private static final String ROW = "obs-1,car-1,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2194,4.4025,\n";

    private final EnforcementVendor vendor = new ScanfeedFactory().create(Uploads.context(Uploads.config()));

    @Test
    void aTimeWithoutOffset() {
        assertMessage(
                signed(HEADER + ROW.replace("+01:00", ""), CSV),
                "line 2 (observation_id obs-1): observed_at"
                        + " '2026-11-24T08:15:00' is not an ISO-8601 time with an offset, e.g. 2026-11-24T08:15:00+01:00");
    }

    @Test
    void aMissingPlate() {
        assertMessage(
                signed(HEADER + ROW + ROW.replace("obs-1", "obs-2").replace("1-ABC-123", ""), CSV),
                "line 3 (observation_id obs-2): plate is missing");
        assertMessage(
                signed("{\"deviceId\":\"car-1\",\"observations\":[{\"observationId\":\"o\"}]}", JSON),
                "observations[0] (observationId o): plate is missing");
    }

    @Test
    void aMissingId() {
        assertMessage(
                signed(HEADER + ",car-1,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2,4.4,\n", CSV),
                "line 2: observation_id is missing");
    }

    @Test
    void aPositionOutOfRange() {
        assertMessage(
                signed(ScanfeedContractTest.observation("\"lat\": 91.5"), JSON),
                "observations[0] (observationId obs-1): lat 91.5 is out of range (-90 to 90)");
        assertMessage(
                signed(HEADER + ROW.replace("4.4025", "-180.01"), CSV),
                "line 2 (observation_id obs-1): lon -180.01 is out of range (-180 to 180)");
    }

    @Test
    void aPositionWrittenAsAString() {
        assertMessage(
                signed(ScanfeedContractTest.observation("\"lat\": \"51.2\""), JSON),
                "observations[0]: lat must be a number");
    }

    @Test
    void aPositionThatIsNotADecimal() {
        assertMessage(
                signed(HEADER + ROW.replace("51.2194", "NaN"), CSV),
                "line 2 (observation_id obs-1): lat 'NaN' is not a decimal number of degrees");
    }

    @Test
    void aDuplicateId() {
        assertMessage(
                signed(HEADER + ROW + ROW.replace("obs-1", "obs-2") + ROW, CSV),
                "line 4: duplicate observationId 'obs-1', already used at line 2");
    }

    @Test
    void tooManyRows() {
        assertMessage(
                signed(HEADER + ScanfeedContractTest.rows(10_001), CSV),
                "line 10002: more than 10000 observations in one batch; split it");
    }

    @Test
    void tooManyJsonObservations() {
        String many = ("{\"observationId\":\"x\"},").repeat(10_001);
        assertMessage(
                signed(
                        "{\"deviceId\":\"car-1\",\"observations\":[" + many.substring(0, many.length() - 1) + "]}",
                        JSON),
                "batch: 10001 observations, more than the 10000 allowed in one batch; split it");
    }

    @Test
    void aWrongFieldCount() {
        assertMessage(signed(HEADER + "obs-1,car-1\n", CSV), "line 2: expected 8 fields, found 2");
        assertMessage(
                signed(HEADER + ROW.replace("\n", ",extra,more\n"), CSV), "line 2: expected 8 fields, found more");
    }

    @Test
    void anEmptyLine() {
        assertMessage(signed(HEADER + "\n" + ROW, CSV), "line 2: empty line");
    }

    @Test
    void anUnclosedQuote() {
        assertMessage(signed(HEADER + "\"obs-1,car-1\n", CSV), "line 2: a quoted field is not closed on this line");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        assertMessage(
                signed("{\n  \"deviceId\": \"car-1\",\n  \"observations\": [,]\n}", JSON),
                "invalid JSON at line 3, column 20: Invalid token=COMMA"); // the place is ours, the words Parsson's
    }

    @Test
    void aJsonBatchWithoutDevice() {
        assertMessage(
                signed(
                        ScanfeedContractTest.observation("\"plate\": \"1-ABC-123\"")
                                .replace("\"deviceId\": \"car-1\", ", ""),
                        JSON),
                "observations[0] (observationId obs-1): deviceId is missing");
    }

    @Test
    void anOverlongBatchId() {
        assertMessage(
                signed("{\"batchId\":\"" + "b".repeat(101) + "\",\"deviceId\":\"car-1\",\"observations\":[]}", JSON),
                "batch: batchId must be at most 100 characters without control characters");
    }

    @Test
    void aDeviceNotAllowed() {
        assertMessage(
                signed(HEADER + ROW.replace("car-1", "car-9"), CSV),
                "line 2: device 'car-9' is not allowed for this municipality");
    }

    @Test
    void aCaptureAfterTheUpload() {
        assertMessage(
                signed(HEADER + ROW.replace("08:15:00+01:00", "09:36:00+01:00"), CSV),
                "line 2: observedAt 2026-11-24T08:36:00Z is after the upload was signed (2026-11-24T08:30:00Z);"
                        + " check the device's clock");
    }

    @Test
    void aWrongContentType() {
        assertMessage(signed(ROW, "text/plain"), "Content-Type must be application/json or text/csv, not 'text/plain'");
    }

    @Test
    void invalidUtf8() {
        byte[] latin1 = (HEADER + ROW.replace("1-ABC-123", "caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1);
        String t = String.valueOf(Uploads.NOW.getEpochSecond());
        ByteArrayOutputStream signedText = new ByteArrayOutputStream();
        signedText.writeBytes((t + ".").getBytes(StandardCharsets.US_ASCII));
        signedText.writeBytes(latin1);
        String v1;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Uploads.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            v1 = HexFormat.of().formatHex(mac.doFinal(signedText.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertMessage(
                InboundRequest.post(
                        latin1, Map.of("Content-Type", CSV, "X-Scanfeed-Signature", "t=" + t + ",v1=" + v1)),
                "the upload is not valid UTF-8");
    }

    private void assertMessage(InboundRequest request, String message) {
        assertThatThrownBy(() -> vendor.parseBatch(request))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessage(message);
    }
}
