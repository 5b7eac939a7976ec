package be.ptrpas.spi.register;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a EnterpriseRegister plug-in. */
public interface EnterpriseRegisterFactory extends ProviderFactory<EnterpriseRegister> {

    @Override
    default PluginKind kind() {
        return PluginKind.ENTERPRISE_REGISTER;
    }
}
