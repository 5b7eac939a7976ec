package be.ptrpas.platform.notification;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The name a letter is addressed to, from the person register of the municipality that sends it (preferences keep no
 * names). Without a register or an answer there is none: the letter channel then refuses the letter and it waits as a
 * dead letter for the municipality to address by hand.
 */
@ApplicationScoped
public class RecipientNames {

    private static final Logger LOG = Logger.getLogger(RecipientNames.class.getName());

    @Inject
    TenantPlugins plugins;

    Optional<String> of(String nationalNumber) {
        try {
            return plugins.find(PluginSlot.PERSON_REGISTER, PersonRegister.class)
                    .flatMap(register -> register.call("person", p -> p.person(nationalNumber)))
                    .map(RecipientNames::fullName)
                    .filter(name -> !name.isBlank());
        } catch (PluginCallException | ProblemException e) {
            LOG.log(Level.INFO, "No name from the person register: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String fullName(Person person) {
        String given = person.givenNames() == null ? "" : person.givenNames().strip();
        String family = person.familyName() == null ? "" : person.familyName().strip();
        return (given + " " + family).strip();
    }
}
