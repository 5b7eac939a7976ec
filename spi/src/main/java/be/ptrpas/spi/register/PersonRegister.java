package be.ptrpas.spi.register;

import be.ptrpas.spi.Provider;
import java.util.Optional;

/**
 * The population register (in Flanders: MAGDA GeefPersoon / GeefGezinssamenstelling). Unknown people give an
 * empty answer; an invalid national number an {@link IllegalArgumentException}; the source being down a
 * retryable {@link be.ptrpas.spi.PluginException}.
 */
public interface PersonRegister extends Provider {

    Optional<Person> person(String nationalNumber);

    /** The household the person lives in; empty when unknown. */
    Optional<Household> household(String nationalNumber);
}
