package be.ptrpas.plugins.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.portal.PortalNotice;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeJsonTest {

    @Test
    void writesTheFieldsInTheDocumentedOrder() {
        PortalNotice notice = new PortalNotice(
                "n-1",
                "85073003328",
                "permit",
                "Klaar",
                URI.create("https://pas.example/mijn/1"),
                Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(NoticeJson.of(notice))
                .isEqualTo("{\"noticeId\":\"n-1\",\"nationalNumber\":\"85073003328\","
                        + "\"category\":\"permit\",\"title\":\"Klaar\",\"url\":\"https://pas.example/mijn/1\","
                        + "\"createdAt\":\"2026-11-24T08:00:00Z\"}");
    }

    @Test
    void aTitleWithQuotesBackslashesAndControlCharactersReadsBackUnchanged() {
        String title = "a\"b\\c\nd\u0001é\u2028 </script>";
        PortalNotice notice = new PortalNotice(
                "n-2",
                "85073003328",
                "permit",
                title,
                URI.create("https://pas.example/mijn/2"),
                Instant.parse("2026-11-24T08:00:00Z"));
        String written = NoticeJson.of(notice);
        assertThat(written).doesNotContain("\n").doesNotContain("\u0001");
        try (var reader = Json.createReader(new StringReader(written))) {
            JsonObject read = reader.readObject();
            assertThat(read.getString("title")).isEqualTo(title);
            assertThat(read.getString("noticeId")).isEqualTo("n-2");
        }
    }
}
