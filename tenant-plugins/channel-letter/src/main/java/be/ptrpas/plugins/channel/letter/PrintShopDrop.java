package be.ptrpas.plugins.channel.letter;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder the print shop collects letters from. Files appear whole or not at all (written aside, then moved),
 * and the manifest before the PDF, so that a print shop that picks up {@code *.pdf} always finds both complete.
 */
final class PrintShopDrop {

    private final Path folder;

    PrintShopDrop(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path pdf(String stem) {
        return folder.resolve(stem + ".pdf");
    }

    Path manifest(String stem) {
        return folder.resolve(stem + ".json");
    }

    boolean holds(String stem) {
        return Files.exists(pdf(stem));
    }

    void deliver(String stem, byte[] pdf, byte[] manifest) throws IOException {
        Files.createDirectories(folder);
        place(manifest(stem), manifest);
        place(pdf(stem), pdf);
    }

    private void place(Path target, byte[] content) throws IOException {
        // A dot name the print shop ignores, unique per attempt so that two workers never write into one file.
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
