package be.ptrpas.spi.payment;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a payment provider plug-in. Register it in {@code META-INF/services/be.ptrpas.spi.PluginFactory}. */
public interface PaymentProviderFactory extends ProviderFactory<PaymentProvider> {

    @Override
    default PluginKind kind() {
        return PluginKind.PAYMENT_PROVIDER;
    }
}
