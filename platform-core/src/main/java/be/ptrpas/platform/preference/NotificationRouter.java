package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;

/**
 * Answers, for a citizen and an event, which channels to tell them on and where (see {@link RoutingRules} for the
 * rules). For the features that send news about PTR-pas items; it joins their transaction (on PostgreSQL it binds it
 * to the citizen to read their preferences, beside the municipality it may be bound to). Reads only confirmed
 * contacts: an address waiting for its code is never used.
 */
@ApplicationScoped
public class NotificationRouter {

    @Inject
    CitizenKeys keys;

    @Inject
    CitizenScope scope;

    @Inject
    ContactCipher cipher;

    @Inject
    Domiciles domiciles;

    @Transactional
    public Routing route(NationalNumber citizen, EventKind kind, boolean legallyRequired) {
        return route(citizen, kind, legallyRequired, EnumSet.allOf(Channel.class));
    }

    /** As {@link #route(NationalNumber, EventKind, boolean)}, for a sender that offers only these channels. */
    @Transactional
    public Routing route(NationalNumber citizen, EventKind kind, boolean legallyRequired, Set<Channel> offered) {
        String key = keys.citizenKey(citizen.value());
        EntityManager em = scope.bind(key);
        CitizenPreference pref = em.find(CitizenPreference.class, key);
        return RoutingRules.decide(
                known(key, pref),
                kind,
                legallyRequired,
                offered,
                () -> domiciles.of(citizen.value()).orElse(null));
    }

    private RoutingRules.Known known(String key, CitizenPreference pref) {
        if (pref == null) {
            return new RoutingRules.Known(Language.NL, null, null, null, Choices.defaults());
        }
        String address = cipher.open(pref.sealedPostalAddress(), key, "address");
        return new RoutingRules.Known(
                Language.fromCode(pref.language()).orElse(Language.NL),
                cipher.open(pref.sealedEmail(), key, "email"),
                cipher.open(pref.sealedPhone(), key, "phone"),
                address == null
                        ? null
                        : Json.read(address, PostalAddressDetails.class).toPostalAddress(),
                Choices.read(pref.choices()));
    }
}
