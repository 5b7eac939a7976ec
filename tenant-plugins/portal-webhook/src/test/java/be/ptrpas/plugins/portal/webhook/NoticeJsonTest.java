package be.ptrpas.plugins.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.portal.PortalNotice;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeJsonTest {

    @Test
    void writesTheFieldsInTheDocumentedOrder() {
        PortalNotice notice = new PortalNotice("n-1", "85073003328", "permit", "Klaar",
                URI.create("https://pas.example/mijn/1"), Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(NoticeJson.of(notice)).isEqualTo("{\"noticeId\":\"n-1\",\"nationalNumber\":\"85073003328\","
                + "\"category\":\"permit\",\"title\":\"Klaar\",\"url\":\"https://pas.example/mijn/1\","
                + "\"createdAt\":\"2026-11-24T08:00:00Z\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(NoticeJson.quote("a\"b\\c\nd\u0001é\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\\u2028\"");
    }
}
