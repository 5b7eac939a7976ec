package be.ptrpas.platform.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes key material readable by the platform's own user only (where the file system supports permissions). */
public final class PrivateFiles {

    private PrivateFiles() {}

    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        restrict(file);
    }

    /**
     * Appends to a private file; a new file starts with {@code header}. The file is made private before anything
     * secret is written into it.
     */
    public static synchronized void append(Path file, String header, String content) throws IOException {
        Files.createDirectories(file.getParent());
        boolean created = !Files.exists(file);
        if (created) {
            Files.writeString(file, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        restrict(file);
        Files.writeString(
                file, created ? header + content : content, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing more can be done here
        }
    }
}
