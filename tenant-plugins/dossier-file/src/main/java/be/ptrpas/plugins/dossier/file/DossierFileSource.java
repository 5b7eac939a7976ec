package be.ptrpas.plugins.dossier.file;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.dossier.DossierHolder;
import be.ptrpas.spi.dossier.DossierItem;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;

/**
 * Serves the dossier file. The file is read once and again only when its size or modification time changed (an export
 * replaced it), so a call costs one look at the file's attributes. A replacement that is not valid makes the calls
 * fail (retryable: the admin sees it in the plug-in status) until a valid file is back; the items of the old file are
 * not served meanwhile, since they are no longer what the other system says.
 */
final class DossierFileSource implements DossierSourceProvider {

    private record Snapshot(FileTime modified, long size, DossierFile file) {}

    private final Path path;
    private volatile Snapshot snapshot;

    DossierFileSource(Path path) {
        this.path = path;
        BasicFileAttributes attributes = attributes();
        this.snapshot = new Snapshot(attributes.lastModifiedTime(), attributes.size(), DossierFile.read(path));
    }

    @Override
    public List<DossierItem> items(DossierHolder holder) {
        Objects.requireNonNull(holder, "holder");
        return current().itemsOf(holder.number());
    }

    private DossierFile current() {
        BasicFileAttributes attributes;
        try {
            attributes = attributes();
        } catch (IllegalArgumentException e) {
            throw PluginException.temporary("the dossier file is gone: " + e.getMessage(), null);
        }
        Snapshot known = snapshot;
        if (known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()) {
            return known.file();
        }
        synchronized (this) {
            known = snapshot;
            if (known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()) {
                return known.file();
            }
            try {
                DossierFile file = DossierFile.read(path);
                snapshot = new Snapshot(attributes.lastModifiedTime(), attributes.size(), file);
                return file;
            } catch (IllegalArgumentException e) {
                throw PluginException.temporary(
                        "the dossier file was replaced by one that is not valid: " + e.getMessage(), null);
            }
        }
    }

    private BasicFileAttributes attributes() {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("the dossier file cannot be read");
        }
    }
}
