package be.ptrpas.plugins.enforcement.scanfeed;

import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.CSV;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.SAMPLE_CSV;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.SAMPLE_JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.signed;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import be.ptrpas.spi.enforcement.Observation;
import be.ptrpas.spi.enforcement.ObservationBatch;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanfeedFormatTest {

    private final EnforcementVendor vendor = new ScanfeedFactory().create(Uploads.context(Uploads.config()));

    @Test
    void jsonAndCsvOfTheSameObservationsGiveTheSameObservations() throws RejectedRequestException {
        ObservationBatch fromJson = vendor.parseBatch(signed(SAMPLE_JSON, JSON));
        ObservationBatch fromCsv = vendor.parseBatch(signed(SAMPLE_CSV, CSV));
        assertThat(fromCsv.observations()).isEqualTo(fromJson.observations()).hasSize(3);
        assertThat(fromJson.batchId()).isEqualTo("b-2026-11-24-001");
        assertThat(fromCsv.batchId()).as("CSV carries no batch id").isNull();
    }

    @Test
    void csvWithoutFinalLineEndAndWithLfIsTheSame() throws RejectedRequestException {
        String lf = SAMPLE_CSV.replace("\r\n", "\n");
        String noFinalEnd = lf.substring(0, lf.length() - 1);
        assertThat(vendor.parseBatch(signed(noFinalEnd, CSV)).observations())
                .isEqualTo(vendor.parseBatch(signed(SAMPLE_CSV, CSV)).observations());
    }

    @Test
    void csvQuotedFieldsMayHoldCommasAndQuotes() throws RejectedRequestException {
        String csv = CsvBatchReader.HEADER + "\n"
                + "\"obs,1\",car-1,\"1-ABC-123\",BE,2026-11-24T08:15:00+01:00,51.2,4.4,\"shot \"\"a\"\", left\"\n";
        Observation observation =
                vendor.parseBatch(signed(csv, CSV)).observations().get(0);
        assertThat(observation.observationId()).isEqualTo("obs,1");
        assertThat(observation.photoReference()).isEqualTo("shot \"a\", left");
    }

    @Test
    void aByteOrderMarkAndACharsetAreAccepted() throws RejectedRequestException {
        assertThat(vendor.parseBatch(signed("\uFEFF" + SAMPLE_CSV, "text/csv; charset=UTF-8"))
                        .observations())
                .hasSize(3);
    }

    @Test
    void anotherCharsetIsRefused() {
        assertRejected(signed(SAMPLE_CSV, "text/csv; charset=ISO-8859-1"), "charset");
    }

    @Test
    void aHeaderOnlyCsvIsAnEmptyBatch() throws RejectedRequestException {
        assertThat(vendor.parseBatch(signed(CsvBatchReader.HEADER + "\n", CSV)).observations())
                .isEmpty();
    }

    @Test
    void plateIsKeptAsRead() throws RejectedRequestException {
        String json = ScanfeedContractTest.observation("\"plate\": \" 1abc 123\"");
        assertThat(vendor.parseBatch(signed(json, JSON)).observations().get(0).plate())
                .isEqualTo(" 1abc 123");
    }

    @Test
    void jsonStringsWithEscapesAndUnicodeArrive() throws RejectedRequestException {
        String json = ScanfeedContractTest.observation("\"plate\": \"\\u0031-\\u00c9T\\u00c9-1\"");
        assertThat(vendor.parseBatch(signed(json, JSON)).observations().get(0).plate())
                .isEqualTo("1-ÉTÉ-1");
    }

    @Test
    void theDeviceHeaderMustMatchEveryObservation() throws RejectedRequestException {
        // SAMPLE_JSON has one observation of car-2
        assertRejected(
                Uploads.signed(
                        SAMPLE_JSON,
                        JSON,
                        Uploads.NOW.getEpochSecond(),
                        Uploads.SECRET,
                        Map.of("X-Scanfeed-Device", "car-1")),
                "observations[2]");
        String onlyCar1 = ScanfeedContractTest.observation("\"plate\": \"1-ABC-123\"");
        assertThat(vendor.parseBatch(Uploads.signed(
                                onlyCar1,
                                JSON,
                                Uploads.NOW.getEpochSecond(),
                                Uploads.SECRET,
                                Map.of("X-Scanfeed-Device", "car-1")))
                        .observations())
                .hasSize(1);
    }

    @Test
    void anUnknownUploadingDeviceIsRefused() {
        assertRejected(
                Uploads.signed(
                        SAMPLE_JSON,
                        JSON,
                        Uploads.NOW.getEpochSecond(),
                        Uploads.SECRET,
                        Map.of("X-Scanfeed-Device", "car-7")),
                "car-7");
    }

    @Test
    void withoutAllowedDevicesEveryDeviceIsAccepted() throws RejectedRequestException {
        Map<String, String> config = new HashMap<>(Uploads.config());
        config.remove("allowedDevices");
        EnforcementVendor open = new ScanfeedFactory().create(Uploads.context(config));
        String csv = CsvBatchReader.HEADER + "\nobs-1,car-99,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2,4.4,\n";
        assertThat(open.parseBatch(signed(csv, CSV)).observations().get(0).deviceId())
                .isEqualTo("car-99");
    }

    @Test
    void tenThousandObservationsParse() throws RejectedRequestException {
        String csv = CsvBatchReader.HEADER + "\n" + ScanfeedContractTest.rows(ScanfeedLimits.MAX_OBSERVATIONS);
        ObservationBatch fromCsv = vendor.parseBatch(signed(csv, CSV));
        assertThat(fromCsv.observations()).hasSize(10_000);

        StringBuilder json = new StringBuilder("{\"deviceId\":\"car-1\",\"observations\":[");
        for (int i = 1; i <= ScanfeedLimits.MAX_OBSERVATIONS; i++) {
            json.append(i == 1 ? "" : ",")
                    .append("{\"observationId\":\"obs-")
                    .append(i)
                    .append("\",\"plate\":\"1-ABC-")
                    .append(100 + i % 900)
                    .append(
                            "\",\"country\":\"BE\",\"observedAt\":\"2026-11-24T08:15:00+01:00\",\"lat\":51.2194,\"lon\":4.4025}");
        }
        json.append("]}");
        assertThat(vendor.parseBatch(signed(json.toString(), JSON)).observations())
                .isEqualTo(fromCsv.observations());
    }

    private void assertRejected(InboundRequest request, String mention) {
        try {
            vendor.parseBatch(request);
            throw new AssertionError("expected a rejection mentioning " + mention);
        } catch (RejectedRequestException e) {
            assertThat(e.getMessage()).contains(mention);
        }
    }
}
