package be.ptrpas.spi.register;

import java.util.List;

/** The municipality's own second-residence tax records. */
public interface SecondResidenceRegister {

    List<SecondResidence> secondResidencesOf(String nationalNumber);
}
