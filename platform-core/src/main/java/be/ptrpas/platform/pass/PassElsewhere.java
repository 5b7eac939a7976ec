package be.ptrpas.platform.pass;

import be.ptrpas.platform.dossier.DossierAnswer;
import be.ptrpas.platform.dossier.DossierService;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.dossier.DossierHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The part of a pass that municipalities keep in other back-office systems: asked of their dossier sources when the
 * first page is read (in parallel, each with its time-out and circuit breaker), filtered like the pass's own items.
 * A source that fails or is slow is named, and the rest of the pass is answered all the same.
 */
@ApplicationScoped
class PassElsewhere {

    @Inject
    DossierService dossiers;

    PassPage add(PassPage page, PassHolder holder, PassFilter filter, String language) {
        DossierHolder asked = holder.type() == PassHolder.Type.PERSON
                ? new DossierHolder.Person(new NationalNumber(holder.number()))
                : new DossierHolder.Company(new CompanyNumber(holder.number()));
        DossierAnswer answer = dossiers.answerFor(asked);
        List<ElsewhereItemView> found = answer.items().stream()
                .filter(entry -> filter.municipalities().isEmpty()
                        || filter.municipalities().contains(entry.municipality().nis()))
                .map(entry -> ElsewhereItemView.of(entry, language))
                .filter(item -> filter.kinds().isEmpty()
                        || filter.kinds().stream().anyMatch(k -> k.name().equals(item.kind())))
                .filter(item -> filter.statuses().isEmpty()
                        || filter.statuses().stream().anyMatch(s -> s.name().equals(item.status())))
                .filter(item -> filter.money().isEmpty()
                        || filter.money().stream().anyMatch(m -> m.name().equals(item.money())))
                .toList();
        List<UnreadableSourceView> notRead = answer.unreadable().stream()
                .filter(source -> filter.municipalities().isEmpty()
                        || filter.municipalities()
                                .contains(source.municipality().nis()))
                .map(source -> new UnreadableSourceView(
                        new PassItemView.Municipality(
                                source.municipality().nis(),
                                source.municipality().name() == null
                                        ? source.municipality().nis()
                                        : source.municipality().name().nl()),
                        source.reason().name()))
                .toList();
        return page.withElsewhere(found, notRead);
    }
}
