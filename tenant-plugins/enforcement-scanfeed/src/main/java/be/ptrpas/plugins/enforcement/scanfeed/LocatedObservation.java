package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.spi.enforcement.Observation;

/** An observation and where it was in the upload ("line 5", "observations[4]"), for messages about it. */
record LocatedObservation(String where, Observation observation) {}
