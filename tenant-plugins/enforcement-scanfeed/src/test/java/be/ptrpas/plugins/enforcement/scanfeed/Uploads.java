package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds uploads the way a scan car does, signed with an independent HMAC implementation. */
final class Uploads {

    static final String SECRET = "scanfeed-secret-71022-abcdef";
    static final Instant NOW = Instant.parse("2026-11-24T08:30:00Z");
    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    private Uploads() {}

    static Map<String, String> config() {
        return Map.of("signingSecret", SECRET, "allowedDevices", "car-1, car-2", "maxClockSkewSeconds", "300");
    }

    static TestPluginContext context(Map<String, String> config) {
        // The plug-in never touches its work directory; a fixed path keeps the tests from littering /tmp.
        return TestPluginContext.builder()
                .config(config)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .workDirectory(Path.of("target", "scanfeed-work"))
                .build();
    }

    static InboundRequest signed(String body, String contentType) {
        return signed(body, contentType, NOW.getEpochSecond(), SECRET, Map.of());
    }

    static InboundRequest signed(
            String body, String contentType, long unixSeconds, String secret, Map<String, String> extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put("X-Scanfeed-Signature", "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body));
        return InboundRequest.post(bytes, headers);
    }

    static InboundRequest unsigned(String body, String contentType, String signatureHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        if (signatureHeader != null) {
            headers.put("X-Scanfeed-Signature", signatureHeader);
        }
        return InboundRequest.post(body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The three observations every format test uses, as JSON. */
    static final String SAMPLE_JSON = """
            {
              "batchId": "b-2026-11-24-001",
              "deviceId": "car-1",
              "observations": [
                {"observationId": "obs-1", "plate": "1-ABC-123", "country": "BE",
                 "observedAt": "2026-11-24T08:15:00+01:00", "lat": 51.2194, "lon": 4.4025, "photoRef": "s3://scans/obs-1.jpg"},
                {"observationId": "obs-2", "plate": "AB-12-CD", "country": "NL",
                 "observedAt": "2026-11-24T07:16:30Z", "lat": 51.21951, "lon": 4.40262, "photoRef": null},
                {"observationId": "obs-3", "plate": "2-XYZ-987", "observedAt": "2026-11-24T08:17:05.250+01:00",
                 "lat": -0.5, "lon": -179.25, "deviceId": "car-2", "vendorScore": 0.93}
              ]
            }
            """;

    /** The same observations as CSV, with CRLF line ends and a quoted field. */
    static final String SAMPLE_CSV = "observation_id,device_id,plate,country,observed_at,lat,lon,photo_ref\r\n"
            + "obs-1,car-1,1-ABC-123,BE,2026-11-24T08:15:00+01:00,51.2194,4.4025,\"s3://scans/obs-1.jpg\"\r\n"
            + "obs-2,car-1,AB-12-CD,NL,2026-11-24T07:16:30Z,51.21951,4.40262,\r\n"
            + "obs-3,car-2,2-XYZ-987,,2026-11-24T08:17:05.250+01:00,-0.5,-179.25,\r\n";
}
