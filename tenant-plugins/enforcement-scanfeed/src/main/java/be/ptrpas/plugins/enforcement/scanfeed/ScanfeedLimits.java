package be.ptrpas.plugins.enforcement.scanfeed;

/** Limits of the format, see FORMAT.md. */
final class ScanfeedLimits {

    /** One scan car's shift stays well below this; larger uploads must be split. */
    static final int MAX_OBSERVATIONS = 10_000;

    /** Generous for 10,000 rows, and keeps a hostile upload from filling memory before it is even verified. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private ScanfeedLimits() {}
}
