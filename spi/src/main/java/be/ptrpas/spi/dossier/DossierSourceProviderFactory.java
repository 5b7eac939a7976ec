package be.ptrpas.spi.dossier;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/**
 * Factory of a dossier-source plug-in (slot {@code dossier-source}).
 *
 * @since SPI 1.2
 */
public interface DossierSourceProviderFactory extends ProviderFactory<DossierSourceProvider> {

    @Override
    default PluginKind kind() {
        return PluginKind.DOSSIER_SOURCE;
    }

    /** A dossier source needs SPI 1.2: a platform of 1.1 must not load it. */
    @Override
    default String spiVersion() {
        return "1.2";
    }
}
