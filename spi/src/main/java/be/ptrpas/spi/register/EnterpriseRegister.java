package be.ptrpas.spi.register;

import java.util.List;
import java.util.Optional;

/** The enterprise register and work relations (MAGDA GeefOnderneming / GeefWerkrelaties). */
public interface EnterpriseRegister {

    Optional<Enterprise> enterprise(String companyNumber);

    /** Current and past employments of a person. */
    List<Employment> employmentsOf(String nationalNumber);
}
