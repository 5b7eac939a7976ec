package be.ptrpas.platform.common.problem;

import java.util.List;
import java.util.function.Consumer;

/** What a request record's {@code validate(Violations)} reports, for the validation tests of every feature. */
public final class ValidationResults {

    private ValidationResults() {}

    public static List<FieldError> errors(Consumer<Violations> validation) {
        Violations violations = new Violations();
        validation.accept(violations);
        return violations.errors();
    }

    public static List<String> fields(Consumer<Violations> validation) {
        return errors(validation).stream().map(FieldError::field).toList();
    }
}
