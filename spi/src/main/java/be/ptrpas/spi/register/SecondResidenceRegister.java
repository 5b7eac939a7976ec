package be.ptrpas.spi.register;

import be.ptrpas.spi.Provider;
import java.util.List;

/** The municipality's own second-residence tax records. */
public interface SecondResidenceRegister extends Provider {

    List<SecondResidence> secondResidencesOf(String nationalNumber);
}
