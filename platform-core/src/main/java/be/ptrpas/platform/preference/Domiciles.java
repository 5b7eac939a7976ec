package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A citizen's domicile from the person register of the municipality the platform is working for (the one sending the
 * notice), for letters to citizens who gave no postal address of their own. Without a municipality, a register, or an
 * answer, there is none: the letter then needs an address found by hand.
 */
@ApplicationScoped
public class Domiciles {

    private static final Logger LOG = Logger.getLogger(Domiciles.class.getName());

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantPlugins plugins;

    public Optional<PostalAddress> of(String nationalNumber) {
        if (currentTenant.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            return plugins.find(PluginSlot.PERSON_REGISTER, PersonRegister.class)
                    .flatMap(register -> register.call("person", p -> p.person(nationalNumber)))
                    .map(Person::domicile)
                    .map(Domiciles::postal);
        } catch (PluginCallException | ProblemException e) {
            LOG.log(Level.INFO, "No domicile from the person register: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private static PostalAddress postal(Address a) {
        return new PostalAddress(
                a.street(), a.houseNumber(), a.box(), a.postalCode(), a.municipality(), a.countryCode());
    }
}
