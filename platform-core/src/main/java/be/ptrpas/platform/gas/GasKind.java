package be.ptrpas.platform.gas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two GAS procedures for traffic: GAS 4 (stopping and parking offences) and GAS 5 (speeding seen by a camera). */
@Schema(name = "GasKind")
public enum GasKind {
    GAS4,
    GAS5
}
