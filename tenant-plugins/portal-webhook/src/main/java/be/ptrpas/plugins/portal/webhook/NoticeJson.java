package be.ptrpas.plugins.portal.webhook;

import be.ptrpas.spi.portal.PortalNotice;

/** Writes a notice as a JSON object by hand, so that the plug-in needs nothing but the JDK. */
final class NoticeJson {

    private NoticeJson() {
    }

    static String of(PortalNotice notice) {
        return "{" + field("noticeId", notice.noticeId())
                + "," + field("nationalNumber", notice.nationalNumber())
                + "," + field("category", notice.category())
                + "," + field("title", notice.title())
                + "," + field("url", notice.url().toString())
                + "," + field("createdAt", notice.createdAt().toString())
                + "}";
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Other control characters are not allowed raw in JSON; U+2028/9 break some JavaScript readers.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
