package be.ptrpas.spi.register;

import java.util.Optional;

/**
 * The population register (in Flanders: MAGDA GeefPersoon / GeefGezinssamenstelling). Unknown people give an
 * empty answer; an invalid national number an {@link IllegalArgumentException}; the source being down a
 * retryable {@link be.ptrpas.spi.PluginException}.
 */
public interface PersonRegister {

    Optional<Person> person(String nationalNumber);

    /** The household the person lives in; empty when unknown. */
    Optional<Household> household(String nationalNumber);
}
