package be.ptrpas.spi.portal;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a citizen portal publisher plug-in. */
public interface CitizenPortalPublisherFactory extends ProviderFactory<CitizenPortalPublisher> {

    @Override
    default PluginKind kind() {
        return PluginKind.CITIZEN_PORTAL_PUBLISHER;
    }
}
