package be.ptrpas.platform.common.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every problem of a request before refusing it, so an admin fixes a form in one round trip instead of
 * one error at a time.
 */
public final class Violations {

    /** Enough to fix a form; more would only let one request make the server do needless work. */
    static final int MAX_ERRORS = 100;

    private final List<FieldError> errors = new ArrayList<>();
    private int dropped;

    public Violations add(String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, message));
        } else {
            dropped++;
        }
        return this;
    }

    /** Refuses a list longer than {@code max}; returns whether its elements may be checked one by one. */
    public boolean maxSize(String field, Collection<?> list, int max) {
        if (list != null && list.size() > max) {
            add(field, "has " + list.size() + " entries; at most " + max + " are allowed");
            return false;
        }
        return list != null;
    }

    public Violations addAll(Collection<FieldError> more) {
        more.forEach(error -> add(error.field(), error.message()));
        return this;
    }

    /** Records a missing value; returns whether the value was present, so checks on it can be skipped. */
    public boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public void matches(String field, String value, Pattern pattern, String explanation) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, explanation);
        }
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    public void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "must be between " + min + " and " + max);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a validation problem listing every error collected, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String summary = errors.size() == 1
                    ? errors.get(0).field() + " " + errors.get(0).message()
                    : (errors.size() + dropped) + " fields are invalid: "
                            + errors.stream()
                                    .map(FieldError::field)
                                    .distinct()
                                    .limit(10)
                                    .collect(Collectors.joining(", "))
                            + (errors.size() + dropped > 10 ? ", …" : "");
            throw new ProblemException(ProblemType.VALIDATION, summary, errors);
        }
    }
}
