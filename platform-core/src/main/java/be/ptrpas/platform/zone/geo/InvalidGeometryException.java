package be.ptrpas.platform.zone.geo;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a zone geometry is rejected. Carries every problem found, so an admin can fix them
 * all in one upload instead of discovering them one at a time.
 */
public class InvalidGeometryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem.
     *
     * @param field   path inside the geometry object, e.g. {@code type}, {@code coordinates[0][3]}
     *                or {@code coordinates[1][0][2]} for a MultiPolygon; empty for the whole document
     * @param message short explanation meant for a municipal admin
     */
    public record Issue(String field, String message) implements Serializable {
        public Issue {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return field.isEmpty() ? message : field + ": " + message;
        }
    }

    private final List<Issue> issues;

    public InvalidGeometryException(List<Issue> issues) {
        super(join(issues));
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }

    private static String join(List<Issue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("an InvalidGeometryException needs at least one issue");
        }
        return issues.stream().map(Issue::toString).collect(Collectors.joining("; "));
    }
}
