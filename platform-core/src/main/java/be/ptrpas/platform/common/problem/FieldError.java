package be.ptrpas.platform.common.problem;

/**
 * One offending field of a request.
 *
 * @param field   JSON path of the field in the request, e.g. {@code geometry.coordinates[0][3]}
 * @param message what is wrong, for a human
 */
public record FieldError(String field, String message) {}
