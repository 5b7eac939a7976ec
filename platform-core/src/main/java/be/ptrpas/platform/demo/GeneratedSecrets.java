package be.ptrpas.platform.demo;

import be.ptrpas.platform.persistence.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Secrets made for the demo municipalities' plug-ins on this installation. Demo data never carries a secret value:
 * a value written in a repository is known to everyone, and would let anyone sign a scan batch or a payment webhook
 * for a demo town. Each installation draws its own, and shows them to its operator once, in a file only the
 * platform's user can read ({@link #FILE_NAME} in the data directory).
 */
public final class GeneratedSecrets {

    /** In the data directory; lines {@code <nis> <slot> <property>=<value>}, appended when a demo town is loaded. */
    public static final String FILE_NAME = "demo-plugin-secrets.txt";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One generated secret of a demo municipality's plug-in. */
    public record Entry(String nis, String slot, String property, String value) {
        String line() {
            return nis + " " + slot + " " + property + "=" + value;
        }
    }

    private GeneratedSecrets() {}

    /** 256 random bits, URL-safe base64 (43 characters): usable as an HMAC key and typable into a vendor's form. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Adds the entries to the operator's file (created readable by the platform's user only). */
    public static Path record(Path dataDirectory, List<Entry> entries) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.line()).append('\n');
        }
        PrivateFiles.append(file, HEADER, text.toString());
        return file;
    }

    static final String HEADER = """
            # Signing secrets generated for the demo municipalities' plug-ins on this installation.
            # Give them to the demo vendor (e.g. the scan-car simulator); they are stored encrypted and never shown again.
            # Read, note and delete this file. Lines: <nis> <slot> <property>=<value>
            """;
}
