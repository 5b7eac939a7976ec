package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.PersonRegisterFactory;

/** MAGDA population register (GeefPersoon, GeefGezinssamenstelling). */
public final class MagdaPersonRegisterFactory extends MagdaRegisterFactory<PersonRegister>
        implements PersonRegisterFactory {

    public MagdaPersonRegisterFactory() {
        super(
                "register-magda-person",
                "MAGDA population register (GeefPersoon, GeefGezinssamenstelling)",
                MagdaPersonRegister::new);
    }
}
