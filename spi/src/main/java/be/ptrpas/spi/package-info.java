/**
 * The PTR-pas plug-in SPI: the only contract between the platform and a vendor's plug-in.
 *
 * <p>A plug-in ships one stateless {@link be.ptrpas.spi.PluginFactory} per extension point, registered in
 * {@code META-INF/services/be.ptrpas.spi.PluginFactory}. The platform finds it once through
 * {@link java.util.ServiceLoader}, shows its {@link be.ptrpas.spi.ConfigProperty descriptors} to a
 * municipality's admin, validates each tenant's settings with {@link be.ptrpas.spi.PluginFactory#validate}
 * and stores them as data. This module depends on the JDK only, so a vendor can build a plug-in without
 * the platform. See {@link be.ptrpas.spi.SpiVersion} for compatibility rules.
 */
package be.ptrpas.spi;
