package be.ptrpas.spi;

/**
 * Version of the SPI a plug-in was compiled against. A minor bump only adds (new optional methods with
 * defaults, new enum constants); a major bump may break, and the platform refuses plug-ins of another major.
 *
 * <p>1.1 added the Belgian identifiers ({@code be.ptrpas.spi.belgian}) and {@link Provider#close()}; 1.2 the dossier
 * sources ({@code be.ptrpas.spi.dossier}, {@link PluginKind#DOSSIER_SOURCE}).
 */
public final class SpiVersion {

    public static final int MAJOR = 1;
    public static final int MINOR = 2;

    private SpiVersion() {}

    public static String current() {
        return MAJOR + "." + MINOR;
    }

    /** Whether a plug-in that declares {@code declared} ("major.minor") can run on this SPI. */
    public static boolean isCompatible(String declared) {
        if (declared == null || !declared.matches("\\d+\\.\\d+")) {
            return false;
        }
        String[] parts = declared.split("\\.");
        return Integer.parseInt(parts[0]) == MAJOR && Integer.parseInt(parts[1]) <= MINOR;
    }
}
