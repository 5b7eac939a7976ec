package be.ptrpas.plugins.enforcement.scanfeed;

import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.NOW;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.SAMPLE_JSON;
import static be.ptrpas.plugins.enforcement.scanfeed.Uploads.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanfeedSignatureTest {

    private final EnforcementVendor vendor = new ScanfeedFactory().create(Uploads.context(Uploads.config()));
    private final long now = NOW.getEpochSecond();

    @Test
    void aSignatureWithinTheSkewIsAccepted() throws RejectedRequestException {
        assertThat(vendor.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now - 300, SECRET, Map.of()))
                        .observations())
                .hasSize(3);
        assertThat(vendor.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now + 300, SECRET, Map.of()))
                        .observations())
                .hasSize(3);
    }

    @Test
    void aStaleSignatureIsRefused() {
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now - 3600, SECRET, Map.of())))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessage("the upload was signed 3600 s ago, more than the 300 s allowed"
                        + " (replayed or delayed upload; check the device's clock)");
    }

    @Test
    void aSignatureFromTheFutureIsRefused() {
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now + 301, SECRET, Map.of())))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessageContaining("301 s in the future");
    }

    @Test
    void aFreshTimeOnAnOldSignatureDoesNotHelp() {
        // A replay with only t changed: the signature covers t.
        InboundRequest old = Uploads.signed(SAMPLE_JSON, JSON, now - 3600, SECRET, Map.of());
        String v1 = old.header("X-Scanfeed-Signature").orElseThrow().split(",")[1];
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, "t=" + now + "," + v1)))
                .hasMessageContaining("does not match the body");
    }

    @Test
    void theWrongSecretIsRefused() {
        assertThatThrownBy(() ->
                        vendor.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now, "a-different-secret-xyz", Map.of())))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessage("X-Scanfeed-Signature does not match the body: wrong secret or altered upload");
    }

    @Test
    void anAlteredBodyIsRefused() {
        InboundRequest genuine = Uploads.signed(SAMPLE_JSON, JSON);
        byte[] altered = SAMPLE_JSON.replace("1-ABC-123", "1-ABC-124").getBytes(StandardCharsets.UTF_8);
        InboundRequest tampered = new InboundRequest("POST", "", genuine.headers(), Map.of(), altered);
        assertThatThrownBy(() -> vendor.parseBatch(tampered)).hasMessageContaining("does not match the body");
    }

    @Test
    void aMissingHeaderIsRefused() {
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, null)))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessage("the upload is not signed: header X-Scanfeed-Signature is missing");
    }

    @Test
    void malformedHeadersAreRefusedSayingWhy() {
        String v1 = "v1=" + "ab".repeat(32);
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, v1)))
                .hasMessageContaining("t=<unix seconds> is missing");
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, "t=" + now)))
                .hasMessageContaining("v1=<hex HMAC-SHA256> is missing");
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, "t=yesterday," + v1)))
                .hasMessageContaining("t must be a time in unix seconds");
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, "t=" + now + ",v1=xyz")))
                .hasMessageContaining("v1 must be 64 hex digits");
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, "sha256 abc")))
                .hasMessageContaining("is not name=value");
    }

    @Test
    void oneOfSeveralSignaturesMayMatchDuringARotation() throws RejectedRequestException {
        String good = Uploads.hmac(SECRET, now + "." + SAMPLE_JSON);
        String header = "t=" + now + ",v1=" + "00".repeat(32) + ",v1=" + good.toUpperCase() + ",v2=future";
        assertThat(vendor.parseBatch(Uploads.unsigned(SAMPLE_JSON, JSON, header))
                        .observations())
                .hasSize(3);
    }

    @Test
    void theSkewIsConfigurableAndDefaultsToFiveMinutes() throws RejectedRequestException {
        Map<String, String> config = new HashMap<>(Uploads.config());
        config.remove("maxClockSkewSeconds");
        EnforcementVendor byDefault = new ScanfeedFactory().create(Uploads.context(config));
        assertThat(byDefault
                        .parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now - 300, SECRET, Map.of()))
                        .observations())
                .hasSize(3);
        assertThatThrownBy(() -> byDefault.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now - 301, SECRET, Map.of())))
                .hasMessageContaining("300 s allowed");

        config.put("maxClockSkewSeconds", "3600");
        EnforcementVendor lenient = new ScanfeedFactory().create(Uploads.context(config));
        assertThat(lenient.parseBatch(Uploads.signed(SAMPLE_JSON, JSON, now - 3600, SECRET, Map.of()))
                        .observations())
                .hasSize(3);
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        // An unsigned sender learns nothing about the format from the answer.
        assertThatThrownBy(() -> vendor.parseBatch(Uploads.unsigned("{broken", JSON, null)))
                .hasMessageContaining("not signed");
    }
}
