package be.ptrpas.plugins.channel.email;

/** Escaping of parameter values for the HTML part. */
final class Html {

    private Html() {}

    /** Escapes text for element content and quoted attribute values; line breaks become {@code <br>}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {}
                case '\n' -> out.append("<br>\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
