package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.PostalAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The small JSON file next to each PDF: who it goes to (for the print shop's franking and its returns), how many
 * pages, when, and a checksum of the PDF. Written by hand: the plug-in brings no JSON library.
 */
final class Manifest {

    private Manifest() {}

    static byte[] of(
            OutgoingMessage message,
            String fileName,
            List<String> addressLines,
            int pages,
            byte[] pdf,
            Instant created,
            String printShop) {
        PostalAddress address = message.recipient().address();
        String json = "{\n"
                + "  \"messageId\": " + quote(message.messageId()) + ",\n"
                + "  \"file\": " + quote(fileName) + ",\n"
                + "  \"template\": " + quote(message.template()) + ",\n"
                + "  \"pages\": " + pages + ",\n"
                + "  \"created\": " + quote(created.toString()) + ",\n"
                + "  \"printShop\": " + quote(printShop) + ",\n"
                + "  \"sha256\": " + quote(sha256(pdf)) + ",\n"
                + "  \"recipient\": {\n"
                + "    \"name\": " + quote(message.recipient().name()) + ",\n"
                + "    \"street\": " + quote(address.street()) + ",\n"
                + "    \"houseNumber\": " + quote(address.houseNumber()) + ",\n"
                + "    \"box\": " + quote(address.box()) + ",\n"
                + "    \"postalCode\": " + quote(address.postalCode()) + ",\n"
                + "    \"municipality\": " + quote(address.municipality()) + ",\n"
                + "    \"countryCode\": " + quote(address.countryCode()) + ",\n"
                + "    \"lines\": ["
                + String.join(", ", addressLines.stream().map(Manifest::quote).toList()) + "]\n"
                + "  }\n"
                + "}\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
