package be.ptrpas.platform.document;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document that cannot be made from what it was given: every offending field at once, by its path in the input
 * record (e.g. {@code transfer.iban}, {@code lines[2].amount}). Nothing is rendered. Whether that is the caller's
 * request ({@link #toProblem()}, a {@code validation} problem) or the platform's own data (a municipality's IBAN) is
 * the caller's to decide.
 */
public class InvalidDocumentException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidDocumentException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    static InvalidDocumentException of(String field, String message) {
        return new InvalidDocumentException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors as a {@code validation} problem (400). */
    public ProblemException toProblem() {
        return new ProblemException(ProblemType.VALIDATION, "The document cannot be made: " + getMessage(), errors);
    }
}
