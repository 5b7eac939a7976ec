package be.ptrpas.spi.register;

import be.ptrpas.spi.Provider;
import java.util.List;
import java.util.Optional;

/** The enterprise register and work relations (MAGDA GeefOnderneming / GeefWerkrelaties). */
public interface EnterpriseRegister extends Provider {

    Optional<Enterprise> enterprise(String companyNumber);

    /** Current and past employments of a person. */
    List<Employment> employmentsOf(String nationalNumber);
}
