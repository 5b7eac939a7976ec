package be.ptrpas.plugins.dossier.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies of the test dossier files in a temporary directory, for settings that need an absolute path. */
final class DossierFiles {

    private DossierFiles() {}

    static Path copyOf(String resource) {
        try (InputStream in = DossierFiles.class.getResourceAsStream("/" + resource)) {
            Path directory = Files.createTempDirectory("dossier-file-test");
            directory.toFile().deleteOnExit();
            Path file = directory.resolve(resource);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(String json) {
        try {
            Path directory = Files.createTempDirectory("dossier-file-test");
            directory.toFile().deleteOnExit();
            Path file = directory.resolve("dossier.json");
            Files.writeString(file, json);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
