package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.EnterpriseRegisterFactory;

/** MAGDA enterprise register (GeefOnderneming, GeefWerkrelaties). */
public final class MagdaEnterpriseRegisterFactory extends MagdaRegisterFactory<EnterpriseRegister>
        implements EnterpriseRegisterFactory {

    public MagdaEnterpriseRegisterFactory() {
        super(
                "register-magda-enterprise",
                "MAGDA enterprise register (GeefOnderneming, GeefWerkrelaties)",
                MagdaEnterpriseRegister::new);
    }
}
