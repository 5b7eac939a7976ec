package be.ptrpas.platform.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.plugin.PluginSettingChanged;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.spi.portal.CitizenPortalPublisher;
import be.ptrpas.spi.portal.PortalNotice;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The platform closes a provider once it stops handing it out: on new settings, on removal and at shutdown. */
class ProviderCacheTest {

    private final ProviderCache cache = new ProviderCache();

    @Test
    void aProviderReplacedByNewSettingsIsClosedOnce() {
        Publisher first = new Publisher();
        Publisher second = new Publisher();
        cache.put("71016", "citizen-portal", entry(1, first));
        cache.put("71016", "citizen-portal", entry(2, second));

        assertThat(first.closed).hasValue(1);
        assertThat(second.closed).hasValue(0);
        assertThat(cache.get("71016", "citizen-portal").provider()).isSameAs(second);
    }

    @Test
    void theSameProviderPutAgainIsNotClosed() {
        Publisher provider = new Publisher();
        cache.put("71016", "citizen-portal", entry(1, provider));
        cache.put("71016", "citizen-portal", entry(1, provider));
        assertThat(provider.closed).hasValue(0);
    }

    @Test
    void aChangedOrRemovedSettingClosesOnlyThatMunicipalitysProvider() {
        Publisher genk = new Publisher();
        Publisher antwerpen = new Publisher();
        cache.put("71016", "citizen-portal", entry(1, genk));
        cache.put("11002", "citizen-portal", entry(1, antwerpen));

        cache.settingChanged(new PluginSettingChanged(
                "71016", PluginSlot.fromPath("citizen-portal").orElseThrow()));

        assertThat(genk.closed).hasValue(1);
        assertThat(antwerpen.closed).hasValue(0);
        assertThat(cache.get("71016", "citizen-portal")).isNull();
        cache.remove("71016", "citizen-portal"); // nothing left to close
        assertThat(genk.closed).hasValue(1);
    }

    @Test
    void shutdownClosesEveryProviderEvenWhenOneFailsToClose() {
        Publisher genk = new Publisher();
        Publisher antwerpen = new Publisher();
        CitizenPortalPublisher broken = new CitizenPortalPublisher() {
            @Override
            public void publish(PortalNotice notice) {}

            @Override
            public void close() {
                throw new IllegalStateException("vendor bug");
            }
        };
        cache.put("71016", "citizen-portal", entry(1, genk));
        cache.put("12025", "citizen-portal", entry(1, broken));
        cache.put("11002", "citizen-portal", entry(1, antwerpen));
        cache.put(
                "23088", "citizen-portal", new ProviderCache.Entry("s", 1, "portal-webhook", null, "broken settings"));

        cache.closeAll();

        assertThat(genk.closed).hasValue(1);
        assertThat(antwerpen.closed).hasValue(1);
        assertThat(cache.get("71016", "citizen-portal")).isNull();
    }

    private static ProviderCache.Entry entry(long version, Object provider) {
        return new ProviderCache.Entry("setting-1", version, "portal-webhook", provider, null);
    }

    private static final class Publisher implements CitizenPortalPublisher {
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public void publish(PortalNotice notice) {}

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
