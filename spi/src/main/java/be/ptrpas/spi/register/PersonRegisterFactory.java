package be.ptrpas.spi.register;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a PersonRegister plug-in. */
public interface PersonRegisterFactory extends ProviderFactory<PersonRegister> {

    @Override
    default PluginKind kind() {
        return PluginKind.PERSON_REGISTER;
    }
}
