package be.ptrpas.platform.security;

/**
 * Whether the current municipality has admitted a parking operator. Asked by {@link AccessControlFilter} after the
 * municipality of the path has been entered; implemented by the parking-session feature, which owns the admissions.
 */
public interface ParkingOperatorAdmissions {

    boolean admits(String operatorId);
}
