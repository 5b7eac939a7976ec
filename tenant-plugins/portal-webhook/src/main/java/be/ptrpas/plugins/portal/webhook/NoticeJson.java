package be.ptrpas.plugins.portal.webhook;

import be.ptrpas.spi.portal.PortalNotice;
import jakarta.json.Json;

/** Writes a notice as a JSON object with JSON-P, which the platform provides (the plug-in ships no JSON library). */
final class NoticeJson {

    private NoticeJson() {}

    static String of(PortalNotice notice) {
        return Json.createObjectBuilder()
                .add("noticeId", notice.noticeId())
                .add("nationalNumber", notice.nationalNumber())
                .add("category", notice.category())
                .add("title", notice.title())
                .add("url", notice.url().toString())
                .add("createdAt", notice.createdAt().toString())
                .build()
                .toString();
    }
}
