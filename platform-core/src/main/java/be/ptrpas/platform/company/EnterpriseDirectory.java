package be.ptrpas.platform.company;

import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.PluginSlotDirectory;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.EnterpriseRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A company as the enterprise register (KBO / Crossroads Bank for Enterprises) knows it. The register is a
 * per-municipality plug-in, but the KBO is national: every municipality's register gives the same answer, so the
 * municipalities that configured one are asked in turn and the first answer wins — "this company" or "no such
 * company" — and one that fails or is slow only passes the question on. Only when none answers is the company
 * {@link Lookup.Status#UNREACHABLE}. Answers are kept for {@code ptr.companies.register-cache-seconds} (60) by the
 * platform's clock: a page that switches companies asks once, a removed manager loses access within a minute.
 */
@ApplicationScoped
public class EnterpriseDirectory {

    private static final Logger LOG = Logger.getLogger(EnterpriseDirectory.class.getName());
    static final String OPERATION = "enterprise";
    /** Beyond this many companies the cache is emptied rather than grown (a flood of made-up numbers). */
    private static final int MAX_CACHED = 10_000;

    /** What the register said about a company. */
    public record Lookup(Status status, Enterprise enterprise) {

        public enum Status {
            FOUND,
            UNKNOWN,
            UNREACHABLE
        }

        static Lookup found(Enterprise enterprise) {
            return new Lookup(Status.FOUND, enterprise);
        }

        static final Lookup UNKNOWN = new Lookup(Status.UNKNOWN, null);
        static final Lookup UNREACHABLE = new Lookup(Status.UNREACHABLE, null);
    }

    private record Cached(Lookup lookup, Instant until) {}

    @Inject
    PluginSlotDirectory directory;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantWork tenantWork;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.companies.register-cache-seconds", defaultValue = "60")
    long cacheSeconds;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Lookup lookup(CompanyNumber company) {
        Instant now = clock.instant();
        Cached cached = cache.get(company.value());
        if (cached != null && now.isBefore(cached.until())) {
            return cached.lookup();
        }
        Lookup answer = ask(company);
        if (answer.status() != Lookup.Status.UNREACHABLE) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(company.value(), new Cached(answer, now.plus(Duration.ofSeconds(cacheSeconds))));
        }
        return answer;
    }

    private Lookup ask(CompanyNumber company) {
        for (PluginSlotDirectory.SlotUser user : directory.using(PluginSlot.ENTERPRISE_REGISTER)) {
            try {
                Optional<Optional<Enterprise>> answer = tenantWork.callAs(
                        user.nis(),
                        () -> plugins.find(PluginSlot.ENTERPRISE_REGISTER, EnterpriseRegister.class)
                                .map((ActivePlugin<EnterpriseRegister> register) ->
                                        register.call(OPERATION, r -> r.enterprise(company.value()))));
                if (answer.isPresent()) {
                    return answer.get().map(Lookup::found).orElse(Lookup.UNKNOWN);
                }
            } catch (RuntimeException e) {
                // Down, slow, circuit open or not set up: the next municipality's register may answer.
                LOG.log(Level.INFO, "Enterprise register of {0} ({1}) gave no answer: {2}", new Object[] {
                    user.nis(), user.providerId(), e.getMessage()
                });
            }
        }
        return Lookup.UNREACHABLE;
    }
}
