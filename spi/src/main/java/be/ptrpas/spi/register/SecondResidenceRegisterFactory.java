package be.ptrpas.spi.register;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a SecondResidenceRegister plug-in. */
public interface SecondResidenceRegisterFactory extends ProviderFactory<SecondResidenceRegister> {

    @Override
    default PluginKind kind() {
        return PluginKind.SECOND_RESIDENCE_REGISTER;
    }
}
