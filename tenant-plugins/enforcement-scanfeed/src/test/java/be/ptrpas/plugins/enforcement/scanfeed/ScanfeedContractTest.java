package be.ptrpas.plugins.enforcement.scanfeed;

import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.CSV;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.NOW;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.SAMPLE_JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.signed;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.enforcement.EnforcementVendorFactory;
import be.ptrpas.spi.enforcement.Observation;
import be.ptrpas.spi.testkit.EnforcementVendorContract;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class ScanfeedContractTest extends EnforcementVendorContract {

    @Override
    protected EnforcementVendorFactory factory() {
        return new ScanfeedFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Uploads.config();
    }

    @Override
    protected TestPluginContext context(Map<String, String> config) {
        return Uploads.context(config);
    }

    @Override
    protected SampleBatch genuineBatch() {
        return new SampleBatch(
                signed(SAMPLE_JSON, JSON),
                List.of(
                        new Observation(
                                "obs-1",
                                "car-1",
                                "1-ABC-123",
                                "BE",
                                Instant.parse("2026-11-24T07:15:00Z"),
                                51.2194,
                                4.4025,
                                "s3://scans/obs-1.jpg"),
                        new Observation(
                                "obs-2",
                                "car-1",
                                "AB-12-CD",
                                "NL",
                                Instant.parse("2026-11-24T07:16:30Z"),
                                51.21951,
                                4.40262,
                                null),
                        new Observation(
                                "obs-3",
                                "car-2",
                                "2-XYZ-987",
                                null,
                                Instant.parse("2026-11-24T07:17:05.250Z"),
                                -0.5,
                                -179.25,
                                null)));
    }

    @Override
    protected InboundRequest forgedBatch() {
        return signed(SAMPLE_JSON, JSON, NOW.getEpochSecond(), "someone-elses-secret-123", Map.of());
    }

    @Override
    protected InboundRequest emptyBatch() {
        return signed("{\"batchId\":\"b-0\",\"deviceId\":\"car-1\",\"observations\":[]}", JSON);
    }

    @Override
    protected List<MalformedBatch> malformedBatches() {
        String header = CsvBatchReader.HEADER + "\n";
        String good = "obs-1,car-1,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2194,4.4025,\n";
        return List.of(
                new MalformedBatch(
                        "time without offset",
                        signed(header + good + "obs-2,car-1,1-ABC-124,BE,2026-11-24T08:16:00,51.2,4.4,\n", CSV),
                        "line 3"),
                new MalformedBatch(
                        "JSON time not ISO-8601",
                        signed(observation("\"observedAt\": \"24/11/2026 08:15\""), JSON),
                        "observedAt"),
                new MalformedBatch(
                        "missing plate",
                        signed(header + "obs-1,car-1,,BE,2026-11-24T08:15:00+01:00,51.2194,4.4025,\n", CSV),
                        "plate"),
                new MalformedBatch("latitude out of range", signed(observation("\"lat\": 91.0"), JSON), "lat"),
                new MalformedBatch(
                        "longitude not a number",
                        signed(header + "obs-1,car-1,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2194,east,\n", CSV),
                        "lon"),
                new MalformedBatch("duplicate id", signed(header + good + good, CSV), "duplicate"),
                new MalformedBatch(
                        "too many rows",
                        signed(
                                header
                                        + good.repeat(1).replace("obs-1", "obs-0")
                                        + rows(ScanfeedLimits.MAX_OBSERVATIONS),
                                CSV),
                        "10000"),
                new MalformedBatch("wrong field count", signed(header + "obs-1,car-1,1-ABC-123\n", CSV), "fields"),
                new MalformedBatch("wrong CSV header", signed("id,plate\nobs-1,1-ABC-123\n", CSV), "header"),
                new MalformedBatch(
                        "device not allowed",
                        signed(header + "obs-1,car-9,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2194,4.4025,\n", CSV),
                        "car-9"),
                new MalformedBatch("unsupported content type", signed(SAMPLE_JSON, "application/xml"), "Content-Type"),
                new MalformedBatch(
                        "broken JSON", signed("{\"deviceId\": \"car-1\",\n \"observations\": [}", JSON), "line 2"),
                new MalformedBatch("deep JSON", signed("[".repeat(5000) + "]".repeat(5000), JSON), "nested"),
                new MalformedBatch(
                        "observations not an array",
                        signed("{\"deviceId\":\"car-1\",\"observations\":{}}", JSON),
                        "observations"),
                new MalformedBatch("bad country", signed(observation("\"country\": \"Belgium\""), JSON), "country"),
                new MalformedBatch(
                        "capture after the upload",
                        signed(observation("\"observedAt\": \"2026-11-24T10:30:00+01:00\""), JSON),
                        "clock"),
                new MalformedBatch(
                        "stale signature",
                        Uploads.signed(SAMPLE_JSON, JSON, NOW.getEpochSecond() - 301, Uploads.SECRET, Map.of()),
                        "301 s ago"));
    }

    /** A one-observation JSON batch in which {@code override} replaces the field it names. */
    static String observation(String override) {
        String name = override.substring(0, override.indexOf(':'));
        StringBuilder fields = new StringBuilder("\"observationId\": \"obs-1\"");
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("\"plate\"", "\"plate\": \"1-ABC-123\"");
        defaults.put("\"country\"", "\"country\": \"BE\"");
        defaults.put("\"observedAt\"", "\"observedAt\": \"2026-11-24T08:15:00+01:00\"");
        defaults.put("\"lat\"", "\"lat\": 51.2194");
        defaults.put("\"lon\"", "\"lon\": 4.4025");
        defaults.put(name.strip(), override);
        defaults.values().forEach(field -> fields.append(", ").append(field));
        return "{\"batchId\": \"b-1\", \"deviceId\": \"car-1\", \"observations\": [{" + fields + "}]}";
    }

    static String rows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            rows.append("obs-")
                    .append(i)
                    .append(",car-1,1-ABC-")
                    .append(100 + i % 900)
                    .append(",BE,2026-11-24T08:15:00+01:00,51.2194,4.4025,\n");
        }
        return rows.toString();
    }
}
