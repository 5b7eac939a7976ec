package be.ptrpas.spi.enforcement;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of an enforcement vendor plug-in. */
public interface EnforcementVendorFactory extends ProviderFactory<EnforcementVendor> {

    @Override
    default PluginKind kind() {
        return PluginKind.ENFORCEMENT_VENDOR;
    }
}
