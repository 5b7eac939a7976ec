package be.ptrpas.platform.dossier;

import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.PluginSlotDirectory;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The dossier sources of all municipalities: who has one (one query), and each one's provider, ready to call. */
@ApplicationScoped
public class DossierSources {

    static final PluginSlot SLOT = PluginSlot.DOSSIER_SOURCE;

    @Inject
    PluginSlotDirectory directory;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantWork tenantWork;

    /** A municipality with an enabled dossier source. */
    public record Source(Municipality municipality, String pluginId) {}

    public List<Source> configured() {
        return directory.using(SLOT).stream()
                .map(user -> new Source(new Municipality(user.nis(), user.name()), user.providerId()))
                .toList();
    }

    /**
     * The municipality's provider (created once and cached by the plug-in runtime), in a transaction of that
     * municipality; empty when the source was switched off since {@link #configured()} was read.
     *
     * @throws be.ptrpas.platform.common.problem.ProblemException when the plug-in cannot be set up with its settings
     */
    public Optional<ActivePlugin<DossierSourceProvider>> open(String nis) {
        return tenantWork.callAs(nis, () -> plugins.find(SLOT, DossierSourceProvider.class));
    }
}
