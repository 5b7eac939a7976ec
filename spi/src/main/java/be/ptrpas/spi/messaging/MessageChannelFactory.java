package be.ptrpas.spi.messaging;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a message channel plug-in. */
public interface MessageChannelFactory extends ProviderFactory<MessageChannel> {

    /** Which kind of channel this is; the platform only offers it in the matching slot. */
    ChannelType channelType();

    @Override
    default PluginKind kind() {
        return PluginKind.MESSAGE_CHANNEL;
    }
}
