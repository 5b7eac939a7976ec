package be.ptrpas.platform.common.problem;

import be.ptrpas.platform.common.json.JsonValueRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JSON-B's failures to read a request body into a problem a client developer can act on: the path of the
 * offending field when JSON-B names it, the position of a syntax error, and never a Java class name.
 */
final class JsonBodyErrors {

    private static final Pattern NESTED_PROPERTY = Pattern.compile("property '([^']+)' because of");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");
    private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");
    private static final Pattern WRONG_STRUCTURE = Pattern.compile("Received event: (\\w+)");

    private JsonBodyErrors() {}

    static ProblemException toProblem(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem; // e.g. the body size limit tripped while the body was being parsed
            }
        }
        String raw = allMessages(error);
        List<String> path = nestedPath(error);
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonValueRefused refused) {
                String field = path.isEmpty() ? "body" : String.join(".", path);
                return new ProblemException(
                        refused.outOfRange() ? ProblemType.VALIDATION : ProblemType.MALFORMED_REQUEST,
                        "Field '" + field + "' " + refused.getMessage() + ".",
                        List.of(new FieldError(field, refused.getMessage())));
            }
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(raw);
        if (unknown.find()) {
            path.add(unknown.group(1));
            return problem(String.join(".", path), "is not a known field; check its spelling");
        }
        Matcher position = POSITION.matcher(raw);
        if (position.find()) {
            String where = "line " + position.group(1) + ", column " + position.group(2);
            return new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The request body is not valid JSON (" + where + ").",
                    List.of(new FieldError("body", "is not valid JSON at " + where)));
        }
        Matcher structure = WRONG_STRUCTURE.matcher(raw);
        if (structure.find()) {
            String found = switch (structure.group(1)) {
                case "START_ARRAY" -> "a list";
                case "START_OBJECT" -> "an object";
                case "VALUE_STRING" -> "text";
                case "VALUE_NUMBER" -> "a number";
                default -> "a value of another kind";
            };
            return problem(path.isEmpty() ? "body" : String.join(".", path), "has the wrong structure: found " + found);
        }
        if (!path.isEmpty()) {
            return problem(String.join(".", path), "has a value of the wrong type or format");
        }
        return new ProblemException(
                ProblemType.MALFORMED_REQUEST,
                "The request body could not be read as JSON for this operation.",
                List.of(new FieldError("body", "could not be read")));
    }

    private static ProblemException problem(String field, String message) {
        return new ProblemException(
                ProblemType.MALFORMED_REQUEST,
                "Field '" + field + "' " + message + ".",
                List.of(new FieldError(field, message)));
    }

    /**
     * The properties JSON-B went through, outermost first. Each nested JsonbException repeats the rest of the chain in
     * its message, so only the first message that names any property is read (reading all would name inner ones twice).
     */
    private static List<String> nestedPath(Throwable error) {
        List<String> path = new ArrayList<>();
        for (Throwable t = error; t != null && t.getCause() != t && path.isEmpty(); t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher nested = NESTED_PROPERTY.matcher(t.getMessage());
                while (nested.find()) {
                    path.add(nested.group(1));
                }
            }
        }
        return path;
    }

    private static String allMessages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append(' ');
            }
        }
        return all.toString();
    }
}
