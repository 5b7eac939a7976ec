package be.ptrpas.platform.common.problem;

import java.net.URI;
import java.util.List;

/** RFC 9457 problem details, with {@code errors} as the extension member for field-level validation errors. */
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
