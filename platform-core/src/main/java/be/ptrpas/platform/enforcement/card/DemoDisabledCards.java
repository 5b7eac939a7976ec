package be.ptrpas.platform.enforcement.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Puts the demo register's cards in place once; a card that exists is left as its holder changed it. */
@ApplicationScoped
public class DemoDisabledCards {

    @Inject
    DisabledCardService cards;

    /** A demo card and the plates its holder linked. */
    public record DemoCard(
            String number,
            String holderNationalNumber,
            LocalDate validFrom,
            LocalDate validUntil,
            List<PlateLink> plates) {}

    /** Returns whether the card was created now. */
    @Transactional
    public boolean seed(DemoCard demo) {
        DisabledCardService.Registered registered = cards.register(
                new DisabledCardDetails(
                        demo.number(), demo.holderNationalNumber(), demo.validFrom(), demo.validUntil()),
                "demo-card-" + demo.number());
        if (registered.existing()) {
            return false;
        }
        for (PlateLink plate : demo.plates()) {
            cards.linkOnBehalfOfHolder(demo.number(), plate);
        }
        return true;
    }
}
